package org.scholarfolio.importer.alfolio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Values as SnakeYAML hands them over, read the lenient way Jekyll's templates do: anything can be a
 * string, {@code yes}/{@code on} are true, and a value of the wrong type falls back to a default.
 */
final class YamlValues {
    private YamlValues() {
    }

    static String str(Object o) {
        return o == null ? "" : o instanceof String s ? s : String.valueOf(o);
    }

    /**
     * A name part as written in {@code _config.yml}: {@code [da Costa]} (a YAML list), {@code {da Costa}}
     * (which YAML reads as a mapping) and {@code "{van der Berg}"} (BibTeX's braces) all mean the words inside.
     */
    static String namePart(Object o) {
        if (o instanceof List<?> l) {
            return String.join(" ", strings(l));
        }
        if (o instanceof Map<?, ?> m && m.size() == 1 && m.values().iterator().next() == null) {
            return str(m.keySet().iterator().next()).strip();
        }
        return str(o).replace("{", "").replace("}", "").strip();
    }

    /** A list of strings or a single string as a list; blanks left out. */
    static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l.stream().filter(x -> x != null).map(x -> str(x).strip()).filter(x -> !x.isEmpty()).toList();
        }
        String s = str(o).strip();
        return s.isEmpty() ? List.of() : List.of(s);
    }

    static boolean bool(Object o, boolean dflt) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof String s) {
            String t = s.strip().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("yes") || t.equals("on")) {
                return true;
            }
            if (t.equals("false") || t.equals("no") || t.equals("off")) {
                return false;
            }
        }
        return dflt;
    }

    static int intValue(Object o, int dflt) {
        if (o instanceof Number n) {
            return n.intValue();
        }
        if (o instanceof String s) {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                return dflt;
            }
        }
        return dflt;
    }

    static Map<String, Object> stringKeys(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
