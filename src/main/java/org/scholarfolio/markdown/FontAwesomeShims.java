package org.scholarfolio.markdown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Font Awesome 4's icon names ({@code home}, {@code envelope-o}) as Font Awesome 6 draws them
 * ({@code solid/house}, {@code regular/envelope}), read from the map the Font Awesome webjar ships for its own
 * version 4 shim: older al-folio sites write version 4 names, which the version 6 icons no longer have.
 */
final class FontAwesomeShims {
    private static final String SHIMS = "META-INF/resources/webjars/font-awesome/6.7.2/metadata/shims.json";
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

    // The file is a list of [old name, style prefix or null for solid, new name or null for the same name].
    static Map<String, String> read() {
        try (InputStream in = FontAwesomeShims.class.getClassLoader().getResourceAsStream(SHIMS)) {
            if (in == null) {
                return Map.of();
            }
            Map<String, String> names = new HashMap<>();
            for (JsonNode shim : new ObjectMapper().readTree(in)) {
                String oldName = shim.path(0).asText("");
                String style = STYLES.getOrDefault(shim.path(1).asText(""), "solid");
                String newName = shim.path(2).isTextual() ? shim.path(2).asText() : oldName;
                if (!oldName.isEmpty()) {
                    names.putIfAbsent(oldName, style + "/" + newName);
                }
            }
            return Map.copyOf(names);
        } catch (IOException | RuntimeException e) {
            return Map.of(); // without the map, version 4 names are tried as they are
        }
    }
}
