package org.scholarfolio.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Font Awesome 4's icon names ({@code home}, {@code envelope-o}) as Font Awesome 6 draws them
 * ({@code solid/house}, {@code regular/envelope}), read from the map the Font Awesome webjar ships for its own
 * version 4 shim: older al-folio sites write version 4 names, which the version 6 icons no longer have.
 */
final class FontAwesomeShims {
    private static final String SHIMS = FontAwesomeIcons.WEBJAR_FOLDER + "metadata/shims.json";
    /** One shim of the file: [old name, style prefix or null for solid, new name or null for the same name]. */
    private static final Pattern SHIM = Pattern.compile(
            "\\[\\s*\"([a-z0-9-]+)\"\\s*,\\s*(?:null|\"([a-z]+)\")\\s*,\\s*(?:null|\"([a-z0-9-]+)\")\\s*]");
    private static final Map<String, String> STYLES = Map.of("fas", "solid", "far", "regular", "fab", "brands");

    private FontAwesomeShims() {
    }

    /** The version 6 icon ({@code solid/house}) a version 4 name stands for, if it was renamed or restyled. */
    static Optional<String> version6(String version4Name) {
        return Optional.ofNullable(Holder.NAMES.get(version4Name));
    }

    /** Read once, at the first version 4 name a text uses; most sites never use one. */
    private static final class Holder {
        static final Map<String, String> NAMES = read();
    }

    // The file is a list of shims, each a list of three names; only the store and lookups parse JSON with Jackson
    static Map<String, String> read() {
        try (InputStream in = FontAwesomeShims.class.getClassLoader().getResourceAsStream(SHIMS)) {
            if (in == null) {
                return Map.of();
            }
            Map<String, String> names = new HashMap<>();
            Matcher shim = SHIM.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (shim.find()) {
                String oldName = shim.group(1);
                String style = STYLES.getOrDefault(shim.group(2) == null ? "fas" : shim.group(2), "solid");
                names.putIfAbsent(oldName, style + "/" + (shim.group(3) == null ? oldName : shim.group(3)));
            }
            return Map.copyOf(names);
        } catch (IOException e) {
            return Map.of(); // without the map, version 4 names are tried as they are
        }
    }
}
