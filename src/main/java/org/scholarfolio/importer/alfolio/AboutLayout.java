package org.scholarfolio.importer.alfolio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.files.ConfinedPath;

/**
 * The site's own about layout ({@code _layouts/about.liquid}, {@code .html} in older sites), read
 * once: the template that shows the about page's photo and body, which a researcher may have edited.
 */
record AboutLayout(String name, String text) {
    /** al-folio's layouts put the photo's folder in front of its name: {@code page.profile.image | prepend: 'assets/img/'}. */
    private static final Pattern IMAGE_FOLDER = Pattern.compile(
            "profile\\.image\\s*\\|\\s*prepend:\\s*[\"']([^\"'{}]*)[\"']");
    /** Where al-folio keeps the about page's photo when the layout does not say. */
    static final String DEFAULT_IMAGE_FOLDER = "assets/img";

    /** The site's about layout; null when the site has none (the theme's own gem layout is used). */
    static AboutLayout of(SiteFolder folder) {
        return of(folder, "about");
    }

    /**
     * The site's own layout named {@code layout} ({@code _layouts/home.liquid} for a home page of
     * {@code layout: home}); null when the site has none or the name is no plain file name.
     */
    static AboutLayout of(SiteFolder folder, String layout) {
        if (!layout.matches("[A-Za-z0-9_-]+")) {
            return null;
        }
        for (String name : new String[] {"_layouts/" + layout + ".liquid", "_layouts/" + layout + ".html"}) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file) || !ConfinedPath.isInside(folder.path(), file)) {
                continue;
            }
            String text = SiteFolder.readQuietly(folder.path(), file);
            return text == null ? null : new AboutLayout(name, text);
        }
        return null;
    }

    /** The site folder the layout takes the profile image from ({@code assets/images} in some sites), without slashes around it. */
    String profileImageFolder() {
        Matcher m = IMAGE_FOLDER.matcher(text);
        if (!m.find()) {
            return DEFAULT_IMAGE_FOLDER;
        }
        String folder = m.group(1).replace('\\', '/');
        while (folder.startsWith("/") || folder.startsWith("./")) {
            folder = folder.substring(folder.startsWith("/") ? 1 : 2);
        }
        while (folder.endsWith("/")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        return folder.isEmpty() || folder.contains("..") ? DEFAULT_IMAGE_FOLDER : folder;
    }
}
