package org.scholarfolio.fuzz;

/** Pathological texts every reader must survive quickly: deep nesting, unclosed braces, huge lines, alias bombs. */
public final class HostileInputs {
    private HostileInputs() {
    }

    public static String repeat(String s, int times) {
        return s.repeat(times);
    }

    /** An entry whose title opens 100,000 braces and never closes them. */
    public static String unclosedBraces() {
        return "@article{key,\n  title = {" + "{".repeat(100_000) + "x\n}\n";
    }

    /** 100,000 braces opened and closed again, nested. */
    public static String deeplyNestedBraces() {
        return "@article{key,\n  title = {" + "{".repeat(100_000) + "x" + "}".repeat(100_000) + "},\n  year = 2020\n}\n";
    }

    /** One entry with a title line of a million characters. */
    public static String millionCharacterLine() {
        return "@article{key,\n  title = {" + "word ".repeat(200_000) + "},\n  year = 2020\n}\n";
    }

    /** The classic exponential entity expansion, in YAML aliases. */
    public static String billionLaughsYaml() {
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            sb.append("]\n");
            prev = c;
        }
        return sb.toString();
    }

    public static String deeplyNestedYaml() {
        return "title: " + "[".repeat(100_000) + "\n";
    }

    public static String deeplyNestedJson() {
        return "{\"schemaVersion\": 1, \"profile\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    }
}
