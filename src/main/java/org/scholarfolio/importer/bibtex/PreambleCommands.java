package org.scholarfolio.importer.bibtex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.model.Diagnostic;

/**
 * The commands a file's own {@code @preamble} defines as plain text ({@code \providerobustcmd*{\addat}{@}},
 * {@code \newcommand{\acr}{ACR}}), written as that text where its entries use them, as LaTeX shows them: a
 * bibliography kept for biblatex writes {@code TyDe\addat{}ICFP 2018}, and the site showed the command as text.
 * A definition with arguments, or whose text holds other commands, is left alone (the command stays as written and is
 * reported as unknown, as before).
 */
final class PreambleCommands {
    private static final Pattern DEFINITION = Pattern.compile("\\\\(?:providecommand|newcommand|renewcommand|providerobustcmd"
            + "|newrobustcmd|renewrobustcmd|DeclareRobustCommand)\\*?\\s*(?:\\{\\s*\\\\([A-Za-z]+)\\s*}|\\\\([A-Za-z]+))"
            + "\\s*\\{([^{}\\\\]*)}");

    private final Map<String, String> texts;

    private PreambleCommands(Map<String, String> texts) {
        this.texts = texts;
    }

    /** The plain-text commands {@code preambles} define, a later definition of a name not replacing the first (as provide does). */
    static PreambleCommands of(List<String> preambles) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String preamble : preambles) {
            Matcher m = DEFINITION.matcher(preamble);
            while (m.find()) {
                texts.putIfAbsent(m.group(1) != null ? m.group(1) : m.group(2), m.group(3));
            }
        }
        return new PreambleCommands(texts);
    }

    /** {@code entries} with each use of a defined command ({@code \addat{}} or {@code \addat}) written as its text, each command reported once. */
    List<RawEntry> expand(List<RawEntry> entries, String fileName, List<Diagnostic> warnings) {
        if (texts.isEmpty()) {
            return entries;
        }
        Pattern use = Pattern.compile("\\\\(" + String.join("|", texts.keySet()) + ")(?![A-Za-z])(?:\\s*\\{\\s*})?");
        Map<String, int[]> firstUse = new LinkedHashMap<>(); // line, count
        List<RawEntry> out = new ArrayList<>(entries.size());
        for (RawEntry e : entries) {
            List<RawEntry.RawField> fields = new ArrayList<>(e.fields().size());
            for (RawEntry.RawField f : e.fields()) {
                Matcher m = use.matcher(f.value());
                if (!m.find()) {
                    fields.add(f);
                    continue;
                }
                m.reset();
                String value = m.replaceAll(r -> {
                    firstUse.computeIfAbsent(r.group(1), k -> new int[] {f.line(), 0})[1]++;
                    return Matcher.quoteReplacement(texts.get(r.group(1)));
                });
                fields.add(new RawEntry.RawField(f.name(), value, f.line()));
            }
            out.add(new RawEntry(e.type(), e.key(), e.line(), fields));
        }
        firstUse.forEach((name, at) -> warnings.add(Diagnostic.imported(fileName, at[0], Diagnostic.Kind.ADJUSTED, "\\" + name
                + " is defined by the file's @preamble as \"" + texts.get(name) + "\"; its " + at[1] + (at[1] == 1 ? " use is" : " uses are")
                + " written as that text, as LaTeX shows it (first use here).")));
        return out;
    }
}
