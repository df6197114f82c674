package org.scholarfolio.importer.alfolio;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.model.StyledClasses;

/**
 * kramdown's block attribute lists in the Markdown between HTML blocks: {@code {: .text-center}} on the
 * line after a paragraph, quote, list or heading (or before one, or trailing a heading) gives that block
 * its class. CommonMark has no such lists, so a list naming a class the site styles (see
 * {@link StyledClasses}) or an id becomes a {@code <div>} around the block, its inside still Markdown
 * (blank lines around it); any other list is dropped, never printed.
 */
final class BlockAttributeLists {
    /** A list on a line of its own; {@code {:name: ...}} defines a reference instead and is not one. */
    private static final Pattern OWN_LINE = Pattern.compile("^ {0,3}\\{:(?![\\w-]+:)([^}\\n]*)}[ \\t]*$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]|$)");
    private static final Pattern HEADING_WITH_LIST = Pattern.compile("^( {0,3}#{1,6}[ \\t].*?)[ \\t]*\\{:(?![\\w-]+:)([^}\\n]*)}[ \\t]*$");

    private BlockAttributeLists() {
    }

    /**
     * The lines with each block list applied or dropped.
     *
     * @param code   the lines inside fenced code, left alone
     * @param inline what to do with every other line (its span lists)
     */
    static List<String> apply(List<String> lines, BitSet code, UnaryOperator<String> inline) {
        List<String> out = new ArrayList<>(lines.size() + 4);
        int blockStart = -1; // where the block before this line starts in out; -1 after a blank line
        int openWrappers = 0; // wrappers opened by a list before their block, closed where the block ends
        boolean blankFirst = false; // a wrapper just closed: CommonMark needs a blank line before more text
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            boolean isCode = code.get(k);
            Matcher own = isCode ? null : OWN_LINE.matcher(line);
            if (own != null && own.matches()) {
                String open = wrapper(own.group(1));
                if (blockStart >= 0) {
                    if (open != null) {
                        out.add(blockStart, open);
                        out.add(blockStart + 1, "");
                        close(out, 1);
                    }
                    blankFirst = true; // the list ends its block: a line after it starts a new one
                    blockStart = -1;
                } else if (open != null && k + 1 < lines.size() && !lines.get(k + 1).isBlank()) {
                    out.add(open);
                    out.add("");
                    openWrappers++;
                }
                continue;
            }
            if (!isCode && line.isBlank()) {
                close(out, openWrappers);
                openWrappers = 0;
                blockStart = -1;
                blankFirst = false;
                out.add(line);
                continue;
            }
            if (blankFirst) {
                out.add("");
                blankFirst = false;
            }
            Matcher heading = isCode ? null : HEADING_WITH_LIST.matcher(line);
            String open = heading != null && heading.matches() ? wrapper(heading.group(2)) : null;
            if (open != null) {
                out.add(open);
                out.add("");
                out.add(inline.apply(heading.group(1)));
                close(out, 1);
                blankFirst = true;
                blockStart = -1;
                continue;
            }
            boolean isHeading = !isCode && HEADING.matcher(line).find();
            if (blockStart < 0 || isHeading) {
                blockStart = out.size();
            }
            out.add(isCode ? line : inline.apply(line));
        }
        close(out, openWrappers);
        return out;
    }

    private static void close(List<String> out, int wrappers) {
        for (int i = 0; i < wrappers; i++) {
            out.add("");
            out.add("</div>");
        }
    }

    /** The opening tag a list stands for, or null when the site would show none of it. */
    static String wrapper(String attributes) {
        StringBuilder classes = new StringBuilder();
        String id = null;
        Matcher a = KramdownHtml.ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            if (a.group(1) != null) {
                addClass(classes, a.group(1));
            } else if (a.group(2) != null) {
                id = a.group(2);
            } else {
                String key = a.group(3).toLowerCase(Locale.ROOT);
                String value = a.group(4) != null ? a.group(4) : a.group(5) != null ? a.group(5) : a.group(6);
                if (key.equals("class")) {
                    for (String c : value.strip().split("\\s+")) {
                        addClass(classes, c);
                    }
                } else if (key.equals("id") && value.matches("[\\w-]+")) {
                    id = value;
                }
            }
        }
        if (classes.length() == 0 && id == null) {
            return null;
        }
        return "<div" + (id == null ? "" : " id=\"" + id + "\"")
                + (classes.length() == 0 ? "" : " class=\"" + classes + "\"") + ">";
    }

    private static void addClass(StringBuilder classes, String c) {
        if (StyledClasses.onBlock(c) && !(" " + classes + " ").contains(" " + c + " ")) {
            classes.append(classes.length() == 0 ? "" : " ").append(c);
        }
    }
}
