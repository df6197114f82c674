package org.scholarfolio.importer.alfolio;

import static org.scholarfolio.importer.alfolio.YamlValues.str;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of Liquid expressions as far as they are known without Jekyll: literals, the loop
 * variables of a loop being rendered (and {@code forloop}), {@code site.data} from the
 * {@code _data} files, {@code site.X} from {@code _config.yml} and {@code page.X} from the front
 * matter. A name Jekyll alone knows ({@code site.posts}, a missing config key) is
 * {@link #UNKNOWN}; a missing field of a known record is nil, as in Liquid.
 */
final class LiquidValues {
    /** A value only Jekyll knows. */
    static final Object UNKNOWN = new Object();

    /** Whether a condition holds, or cannot be told without Jekyll. */
    enum Truth { TRUE, FALSE, UNKNOWN }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern LOGIC = Pattern.compile("\\s+(and|or)\\s+");
    private static final Pattern COMPARISON = Pattern.compile("(.+?)\\s*(==|!=|<>|>=|<=|>|<|\\bcontains\\b)\\s*(.+)");

    private final Map<String, Object> site;
    private final Map<String, Object> page;
    private final SiteData data;

    LiquidValues(Map<String, Object> site, Map<String, Object> page, SiteData data) {
        this.site = site;
        this.page = page;
        this.data = data;
    }

    /** The value of a variable or literal; null is Liquid's nil. */
    Object resolve(String expression, Map<String, Object> locals) {
        String expr = expression.strip();
        if (expr.length() >= 2 && (expr.startsWith("'") && expr.endsWith("'") || expr.startsWith("\"") && expr.endsWith("\""))) {
            return expr.substring(1, expr.length() - 1);
        }
        if (NUMBER.matcher(expr).matches()) {
            return new BigDecimal(expr);
        }
        switch (expr) {
            case "true": return Boolean.TRUE;
            case "false": return Boolean.FALSE;
            case "nil", "null": return null;
            case "site.baseurl": return ""; // links stay root-relative; the export adds what the address needs
            default: break;
        }
        if (!expr.matches("[\\w-]+(\\.[\\w-]+)*")) {
            return UNKNOWN; // brackets, ranges, operators: not read here
        }
        String[] path = expr.split("\\.");
        if (locals.containsKey(path[0])) {
            return walk(locals.get(path[0]), path, 1);
        }
        if (path[0].equals("site") && path.length > 2 && path[1].equals("data")) {
            return walk(data.get(path[2]), path, 3);
        }
        if (path[0].equals("site") || path[0].equals("page")) {
            // Jekyll adds keys of its own (site.posts, page.url): a key the file lacks is not nil here
            Object v = path[0].equals("site") ? site : page;
            for (int i = 1; i < path.length; i++) {
                if (!(v instanceof Map<?, ?> m) || !m.containsKey(path[i])) {
                    return UNKNOWN;
                }
                v = m.get(path[i]);
            }
            return v;
        }
        return UNKNOWN;
    }

    /** Follows {@code path} from index {@code from} into a known value: a missing key is nil. */
    private static Object walk(Object start, String[] path, int from) {
        Object v = start;
        for (int i = from; i < path.length; i++) {
            if (v == SiteData.UNREADABLE || v == UNKNOWN) {
                return UNKNOWN;
            }
            String key = path[i];
            if (v instanceof SiteData.FolderData folder) {
                v = folder.get(key);
            } else if (v instanceof Map<?, ?> m) {
                v = m.containsKey(key) ? m.get(key) : key.equals("size") ? (Object) m.size() : byName(m, key);
            } else if (v instanceof List<?> l) {
                v = switch (key) {
                    case "size" -> l.size();
                    case "first" -> l.isEmpty() ? null : l.get(0);
                    case "last" -> l.isEmpty() ? null : l.get(l.size() - 1);
                    default -> null;
                };
            } else if (v instanceof String s && key.equals("size")) {
                v = s.length();
            } else {
                v = null;
            }
        }
        return v == SiteData.UNREADABLE ? UNKNOWN : v;
    }

    /** YAML keys that are not text (a year as a key) are looked up by their text. */
    private static Object byName(Map<?, ?> m, String key) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (String.valueOf(e.getKey()).equals(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The text {@code {{ }}} shows for a value: nil is empty; a list or record, or an unknown, is null. */
    static String text(Object v) {
        if (v == UNKNOWN || v instanceof Map<?, ?> || v instanceof Collection<?> || v instanceof SiteData.FolderData) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return str(v);
    }

    /** A condition of {@code if}, {@code elsif} or {@code unless}; and/or bind from the right, as in Liquid. */
    Truth condition(String expression, Map<String, Object> locals) {
        List<String> parts = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        Matcher m = LOGIC.matcher(expression);
        int last = 0;
        while (m.find()) {
            parts.add(expression.substring(last, m.start()));
            ops.add(m.group(1));
            last = m.end();
        }
        parts.add(expression.substring(last));
        Truth result = comparison(parts.get(parts.size() - 1), locals);
        for (int i = parts.size() - 2; i >= 0; i--) {
            Truth left = comparison(parts.get(i), locals);
            if (left == Truth.UNKNOWN || result == Truth.UNKNOWN) {
                return Truth.UNKNOWN;
            }
            boolean both = ops.get(i).equals("and") ? left == Truth.TRUE && result == Truth.TRUE
                    : left == Truth.TRUE || result == Truth.TRUE;
            result = both ? Truth.TRUE : Truth.FALSE;
        }
        return result;
    }

    private Truth comparison(String expression, Map<String, Object> locals) {
        String expr = expression.strip();
        Matcher c = COMPARISON.matcher(expr);
        if (!c.matches() || quoted(c.group(1))) {
            Object v = resolve(expr, locals);
            return v == UNKNOWN ? Truth.UNKNOWN : truth(v != null && !Boolean.FALSE.equals(v));
        }
        String op = c.group(2);
        String rightText = c.group(3).strip();
        Object left = resolve(c.group(1), locals);
        if (left == UNKNOWN) {
            return Truth.UNKNOWN;
        }
        if (rightText.equals("empty") || rightText.equals("blank")) {
            boolean empty = left == null || left instanceof String s && (rightText.equals("empty") ? s.isEmpty() : s.isBlank())
                    || left instanceof Collection<?> l && l.isEmpty() || left instanceof Map<?, ?> mm && mm.isEmpty();
            return op.equals("==") ? truth(empty) : op.equals("!=") || op.equals("<>") ? truth(!empty) : Truth.UNKNOWN;
        }
        Object right = resolve(rightText, locals);
        if (right == UNKNOWN) {
            return Truth.UNKNOWN;
        }
        return switch (op) {
            case "==" -> truth(same(left, right));
            case "!=", "<>" -> truth(!same(left, right));
            case "contains" -> left instanceof String s ? truth(right != null && s.contains(str(right)))
                    : left instanceof Collection<?> l ? truth(l.stream().anyMatch(x -> same(x, right))) : Truth.FALSE;
            default -> order(left, right, op);
        };
    }

    private static boolean quoted(String s) {
        String t = s.strip();
        return (t.startsWith("'") || t.startsWith("\"")) && t.length() > 1 && !(t.endsWith("'") || t.endsWith("\""));
    }

    private static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null && y != null) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Boolean || b instanceof Boolean) {
            return a.equals(b);
        }
        return (a instanceof String || a instanceof Number) && (b instanceof String || b instanceof Number)
                && str(a).equals(str(b)) && a.getClass() == b.getClass();
    }

    private static Truth order(Object left, Object right, String op) {
        BigDecimal x = number(left);
        BigDecimal y = number(right);
        int cmp;
        if (x != null && y != null) {
            cmp = x.compareTo(y);
        } else if (left instanceof String a && right instanceof String b) {
            cmp = a.compareTo(b);
        } else {
            return Truth.UNKNOWN; // Liquid raises an error here; Jekyll would not build the page as written
        }
        return truth(switch (op) {
            case ">" -> cmp > 0;
            case "<" -> cmp < 0;
            case ">=" -> cmp >= 0;
            default -> cmp <= 0;
        });
    }

    private static BigDecimal number(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return null;
    }

    private static Truth truth(boolean b) {
        return b ? Truth.TRUE : Truth.FALSE;
    }
}
