package org.scholarfolio.ui.preview;

import java.net.URLConnection;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Sets up, off the page's way, what the preview's first page load otherwise sets up on WebKit's loader thread while
 * the first content waits for it. WebKit asks each {@code file:} resource (the page's style sheet, the photo) for its
 * content type, and Java's file connection then works out all its headers, the first time in a JVM: it reads and
 * parses Java's table of content types ({@code content-types.properties}), and writes the last-modified date in the
 * HTTP form with a {@link SimpleDateFormat} for {@link Locale#US}, whose first calendar asks every locale provider
 * which locales it has (a {@link Locale} made for each of several hundred language tags). Done here the same way, once,
 * both stay in the JDK's caches (the table for good, the locale data as long as memory allows) and the loader finds
 * them made.
 */
final class FileHeadersAhead {
    /** How {@code sun.net.www.protocol.file.FileURLConnection} writes a file's last-modified time. */
    static final String LAST_MODIFIED_FORMAT = "EEE, dd MMM yyyy HH:mm:ss 'GMT'";

    private FileHeadersAhead() {
    }

    /** Makes the content-type table and the last-modified date's format as a file connection's headers do; the header pair. */
    static String prepare() {
        String type = URLConnection.getFileNameMap().getContentTypeFor("index.html");
        SimpleDateFormat lastModified = new SimpleDateFormat(LAST_MODIFIED_FORMAT, Locale.US);
        lastModified.setTimeZone(TimeZone.getTimeZone("GMT"));
        return type + "; " + lastModified.format(new Date(0));
    }
}
