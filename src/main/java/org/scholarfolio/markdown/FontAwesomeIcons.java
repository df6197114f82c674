package org.scholarfolio.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Font Awesome icons the site can draw, read from the Font Awesome webjar on the class path by
 * name ({@code solid/envelope}, {@code brands/github}).
 */
public final class FontAwesomeIcons {
    /** The Font Awesome webjar's folder of the version the build takes (pom.xml). */
    static final String WEBJAR_FOLDER = "META-INF/resources/webjars/font-awesome/6.7.2/";
    private static final String WEBJAR = WEBJAR_FOLDER + "svgs/";
    private static final Pattern NAME = Pattern.compile("(solid|regular|brands)/[a-z0-9-]{1,60}");
    /** Every Font Awesome file is written so: its box, a comment, one path of plain figures. */
    private static final Pattern PLAIN_ICON = Pattern.compile("<svg xmlns=\"http://www\\.w3\\.org/2000/svg\" "
            + "viewBox=\"([0-9. ]+)\">(?:<!--(?:(?!-->).)*-->)?<path d=\"([A-Za-z0-9 .,-]*)\"/></svg>\\s*", Pattern.DOTALL);

    /** An icon of the plain shape: its view box and its one path's figures, both of digits, letters and separators only. */
    public record Shape(String viewBox, String path) {
    }

    private FontAwesomeIcons() {
    }

    public static boolean isValidName(String icon) {
        return NAME.matcher(icon).matches();
    }

    /** The SVG source of one icon, if the name is well formed and the webjar has it. */
    public static Optional<String> load(String icon) {
        if (!isValidName(icon)) {
            return Optional.empty();
        }
        try (InputStream in = FontAwesomeIcons.class.getClassLoader().getResourceAsStream(WEBJAR + icon + ".svg")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The icon's box and path when its file has the plain shape every Font Awesome file has; empty otherwise. */
    public static Optional<Shape> plainShape(String svg) {
        Matcher plain = PLAIN_ICON.matcher(svg);
        return plain.matches() ? Optional.of(new Shape(plain.group(1), plain.group(2))) : Optional.empty();
    }
}
