package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.testing.ClassLoadLog;

class FileHeadersAheadTest {
    /** What a file connection's first headers set up: the content-type table, the date format's calendar and locale data. */
    private static final List<String> SET_UP = List.of("sun.net.www.MimeTable", "sun.net.www.MimeEntry",
            "java.text.SimpleDateFormat", "java.util.GregorianCalendar", "sun.util.locale.provider.CalendarDataProviderImpl");

    /**
     * In JVMs of their own: after the set-up, a file's content type asked as WebKit's loader asks it loads none of the
     * content-type table's, the date format's or the calendar's classes, which without it the connection loads itself.
     */
    @Test
    void aFilesHeadersAfterTheSetUpLoadNothingOfTheirSetUp(@TempDir Path folder) throws Exception {
        assertThat(classesLoadedByTheHeaders(true, folder).stream().filter(FileHeadersAheadTest::setUpAhead)).isEmpty();
        assertThat(classesLoadedByTheHeaders(false, folder).stream().filter(FileHeadersAheadTest::setUpAhead)).isNotEmpty();
    }

    /** The set-up writes the headers as the file connection does: the page's type, the date in the same form. */
    @Test
    void writesTheHeadersAsTheFileConnectionDoes(@TempDir Path folder) throws IOException {
        Path page = Files.writeString(folder.resolve("index.html"), "<p>A page.</p>");
        URLConnection connection = page.toUri().toURL().openConnection();
        SimpleDateFormat form = new SimpleDateFormat(FileHeadersAhead.LAST_MODIFIED_FORMAT, Locale.US);
        form.setTimeZone(TimeZone.getTimeZone("GMT"));

        assertThat(FileHeadersAhead.prepare()).isEqualTo(connection.getContentType() + "; Thu, 01 Jan 1970 00:00:00 GMT");
        assertThat(connection.getHeaderField("last-modified")).isEqualTo(form.format(new Date(Files.getLastModifiedTime(page).toMillis())));
        connection.getInputStream().close();
    }

    private static boolean setUpAhead(String classLoad) {
        return SET_UP.stream().anyMatch(name -> classLoad.contains("] " + name));
    }

    private static List<String> classesLoadedByTheHeaders(boolean setUpAhead, Path folder) throws IOException, InterruptedException {
        Path page = Files.writeString(folder.resolve("index.html"), "<p>A page.</p>");
        Path classes = folder.resolve("classes-" + setUpAhead);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes, "-cp", System.getProperty("java.class.path"),
                PrepareThenAsk.class.getName(), Boolean.toString(setUpAhead), page.toString());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).as(out).contains("text/html");
        return ClassLoadLog.between(classes, PrepareThenAsk.Begin.class, PrepareThenAsk.End.class);
    }

    /** Sets up ahead or not, then asks a file's connection for its content type, between two marker classes' loads. */
    public static final class PrepareThenAsk {
        public static void main(String[] args) throws IOException {
            if (Boolean.parseBoolean(args[0])) {
                FileHeadersAhead.prepare();
            }
            URLConnection connection = Path.of(args[1]).toUri().toURL().openConnection();
            Begin.mark();
            String type = connection.getContentType();
            End.mark();
            connection.getInputStream().close();
            System.out.println(type);
        }

        static final class Begin {
            static void mark() {
            }
        }

        static final class End {
            static void mark() {
            }
        }
    }
}
