package org.scholarfolio.importer.alfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A kramdown table whose rows come after a blank line, as a Liquid loop writes them under a table's head
 * ({@code | Name | Role |}, {@code |---|---|}, a blank line, then {@code {% for p in site.data.people.alumni -%}}
 * and a row per person). kramdown ends a table at the blank line and reads the rows after it as a second table
 * without a head, which it needs no separator line for: the live site shows the head with the rows under it.
 * CommonMark's tables need a head and its separator line on the row after it, so those rows would be one
 * paragraph of bars and cells. The blank lines between a table and rows of as many cells are taken out, so that
 * the rows are the table's own, under its head. Code blocks are left alone.
 */
final class KramdownTables {
    /** A row of a table: a line starting with a bar, as kramdown's rows and CommonMark's do. */
    private static final Pattern ROW = Pattern.compile("^ {0,3}\\|.*$");
    /** A head's separator line: {@code |---|:---:|}. */
    private static final Pattern SEPARATOR = Pattern.compile("^ {0,3}\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    private KramdownTables() {
    }

    static String toCommonMark(String markdown) {
        if (!markdown.contains("|")) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        boolean inFence = false;
        int headedColumns = -1; // the cells of the headed table just written, while only blank lines follow it
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
            }
            if (inFence || !ROW.matcher(line).matches()) {
                if (!line.isBlank()) {
                    headedColumns = -1;
                }
                out.add(line);
                i++;
                continue;
            }
            int end = i;
            while (end < lines.length && ROW.matcher(lines[end]).matches()) {
                end++;
            }
            boolean headed = end - i >= 2 && SEPARATOR.matcher(lines[i + 1]).matches();
            boolean hasSeparator = false;
            for (int k = i; k < end; k++) {
                hasSeparator |= SEPARATOR.matcher(lines[k]).matches();
            }
            if (!hasSeparator && headedColumns > 0 && cells(lines[i]) == headedColumns) {
                while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
                    out.remove(out.size() - 1);
                }
            }
            for (int k = i; k < end; k++) {
                out.add(lines[k]);
            }
            headedColumns = headed ? cells(lines[i]) : hasSeparator ? -1 : headedColumns;
            i = end;
        }
        return String.join("\n", out);
    }

    /** The cells of a row: its bars not escaped with a backslash, the outer ones not counted. */
    private static int cells(String row) {
        String r = row.strip();
        int bars = 0;
        for (int k = 0; k < r.length(); k++) {
            if (r.charAt(k) == '\\') {
                k++;
            } else if (r.charAt(k) == '|') {
                bars++;
            }
        }
        if (r.startsWith("|")) {
            bars--;
        }
        if (r.endsWith("|") && !r.endsWith("\\|") && r.length() > 1) {
            bars--;
        }
        return bars + 1;
    }
}
