package org.scholarfolio.importer.bibtex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationBadges;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.UnknownFields;

/** Generators of publications with the messy text real bibliographies hold, shared by the round-trip properties. */
public final class PublicationArbitraries {

    private static final List<String> TOKENS = List.of("Deep", "learning", "for", "BERT", "{BERT}",
            "{GPU}s", "Müller", "Straße", "Øresund", "Şahin", "naïve", "中文", "$\\ell_1$", "$x^{2}$",
            "$$a+b$$", "&", "%", "#", "_", "~", "-", "--", "–", "—", "\u00A0", ",", ".", ":", "?",
            "(see", "p.)", "\"quoted\"", "50%", "a_b", "C#", "e-mail", "$5", "<br>", "*bold*", "O'Neil", "{", "}", "{}", "\\", "\\emph",
            "\\emph{Homo sapiens}", "\\textit{in vivo}", "\\textbf{Bold}", "\\textsc{Small Caps}",
            "In\\textsubscript{x}Ga", "x\\textsuperscript{th}", "\\texttt{grep}", "\\emph{{BERT} \\textsc{x}}",
            "“quoted”", "\u00AD", "a\u2009b", "\\foo{bar}", "**strong**", "_under_", "*a*b", "`c*d*`", "*", "***x***",
            "* item", "*$x$*");

    private PublicationArbitraries() {
    }

    /** Up to four publications with distinct citation keys. */
    public static Arbitrary<List<Publication>> publications() {
        return publication().list().ofMaxSize(4).map(list -> {
            List<Publication> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Publication p = list.get(i);
                unique.add(p.toBuilder().citationKey(p.citationKey() + i).build());
            }
            return unique;
        });
    }

    private static Arbitrary<Publication> publication() {
        Arbitrary<String> key = Arbitraries.strings().withChars("abcxyz019:/.-_").ofMinLength(1).ofMaxLength(12)
                .map(s -> "k" + s);
        Arbitrary<String> type = Arbitraries.of("article", "inproceedings", "misc", "book", "phdthesis",
                "conference", "patent");
        Arbitrary<Publication> core = Combinators.combine(key, type, text(), authors(), Arbitraries.of(true, false),
                text(), text(), text()).as((k, t, title, authors, others, journal, booktitle, abstractText) ->
                Publication.builder(k, t).title(title).authors(authors).andOthers(others).journal(journal)
                        .booktitle(booktitle).abstractText(abstractText).build());
        Arbitrary<Integer> year = Arbitraries.integers().between(1900, 2100).injectNull(0.2);
        Arbitrary<Integer> month = Arbitraries.integers().between(1, 12).injectNull(0.3);
        Arbitrary<String> link = Arbitraries.of("", "", "paper.pdf", "https://example.org/a--b?x=1&y=2",
                "https://github.com/x/y");
        return Combinators.combine(core, year, month, text(), text(), link, link, extras())
                .as((p, y, m, note, award, pdf, code, extras) -> p.toBuilder().year(y).month(m).note(note)
                        .award(award).awardName(award.isEmpty() ? "" : "Best Paper").school(note)
                        .publisher(award).abbr(award.isEmpty() ? "" : "ICML").volume(y == null ? "" : "12")
                        .number(m == null ? "" : "3").pages(m == null ? "" : "1–10").location(note)
                        .doi(pdf.isEmpty() ? "" : "10.1000/xyz.123").arxiv(code.isEmpty() ? "" : "2101.00001")
                        .additionalInfo(award).annotation(note).selected(m != null).bibtexShow(y != null)
                        .preview(pdf.isEmpty() ? "" : "prev.png")
                        .links(new PublicationLinks(code, pdf, pdf, code, "", code, pdf, "", code))
                        .badges(new PublicationBadges(code.isEmpty() ? "" : "248277", "", pdf.isEmpty() ? "" : "qyhmnyLat1gC", ""))
                        .bibtexFields(withDate(extras, y, m)).build());
    }

    /** A biblatex date range beside the year it starts in (the year field wins on import). */
    private static Map<String, String> withDate(Map<String, String> extras, Integer year, Integer month) {
        if (year == null || year % 3 != 0) {
            return extras;
        }
        Map<String, String> m = new LinkedHashMap<>(extras);
        m.put("date", year + (month == null ? "" : String.format("-%02d-17", month)) + "/" + (year + 1));
        return m;
    }

    private static Arbitrary<Map<String, String>> extras() {
        Arbitrary<String> name = Arbitraries.of("series", "editor", "tldr", "eprint", "pmid", "github",
                "organization", "isbn", "talk", "oral", "ids", "groups", "url", "keywords", "file");
        Arbitrary<String> verbatim = Arbitraries.of("2101.00001", "key_one,key_two", "a_b%20c~d", "Group A; Sub_Group",
                "https://example.org/a_b?x=1&y=%20#frag", ":C\\papers\\a_b.pdf:PDF", "10.1000/a_b<c>");
        return Combinators.combine(name, text(), verbatim).as((n, t, v) -> Map.entry(n,
                VERBATIM_EXTRAS.contains(n) ? v : t)).list().ofMaxSize(4).map(entries -> {
            Map<String, String> m = new LinkedHashMap<>();
            entries.forEach(e -> m.putIfAbsent(e.getKey(), e.getValue()));
            return m;
        });
    }

    private static final java.util.Set<String> VERBATIM_EXTRAS = java.util.Set.of("eprint", "ids", "groups", "url", "file");

    /** Messy text: accents, braces, math, LaTeX specials, markers, HTML, CJK. */
    public static Arbitrary<String> text() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(8)
                .flatMap(tokens -> Arbitraries.of(" ", "").list().ofSize(tokens.size()).map(gaps -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < tokens.size(); i++) {
                        sb.append(tokens.get(i)).append(gaps.get(i));
                    }
                    return BibtexScanner.collapseSpace(sb.toString().replace('\u00A0', '\u00A0'));
                }));
    }

    private static Arbitrary<List<Author>> authors() {
        Arbitrary<String> given = Arbitraries.of("", "Albert", "A.", "Jörg", "Mary Ann", "José-Luis", "Zoë");
        Arbitrary<String> von = Arbitraries.of("", "", "van", "van der", "de la", "von");
        Arbitrary<String> family = Arbitraries.of("Einstein", "García", "Åström", "Müller-Lüdenscheidt",
                "{Google Research}", "O'Neil", "Nováková");
        Arbitrary<String> jr = Arbitraries.of("", "", "Jr.", "III");
        Arbitrary<String> other = Arbitraries.of("", "", "‡", "§¶");
        return Combinators.combine(given, von, family, jr, Arbitraries.of(true, false), Arbitraries.of(true, false), other)
                .as((g, v, f, j, eq, corr, o) -> new Author(g, v, f, j, eq, corr, o, "", UnknownFields.NONE))
                .list().ofMaxSize(4);
    }
}
