package org.scholarfolio.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;

/**
 * Writes the BibTeX a visitor copies from the site: standard fields plus the entry's other BibTeX
 * fields, without al-folio's display-only keys (abbr, pdf, selected, ...), as its "Bib" view does.
 */
public final class BibtexWriter {
    /** al-folio's display-only keys, stripped from the public BibTeX. */
    public static final Set<String> DISPLAY_ONLY_KEYS = Set.of("abbr", "abstract", "additional_info",
            "altmetric", "annotation", "arxiv", "award", "award_name", "bibtex_show", "blog", "code",
            "dimensions", "eprint", "google_scholar_id", "hal", "html", "inspirehep_id", "pdf", "pmid",
            "poster", "preview", "selected", "slides", "supp", "video", "website");

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec"};

    public String write(Publication p) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (!p.authors().isEmpty()) {
            String names = p.authors().stream().map(Author::bibtexName).collect(Collectors.joining(" and "));
            fields.put("author", p.andOthers() ? names + " and others" : names);
        }
        fields.put("title", p.title());
        fields.put("journal", p.journal());
        fields.put("booktitle", p.booktitle());
        fields.put("school", p.school());
        fields.put("publisher", p.publisher());
        fields.put("volume", p.volume());
        fields.put("number", p.number());
        fields.put("pages", p.pages());
        fields.put("year", p.year() == null ? "" : p.year().toString());
        fields.put("location", p.location());
        fields.put("doi", p.doi());
        fields.put("note", p.note());
        p.bibtexFields().forEach((k, v) -> {
            String key = k.toLowerCase(Locale.ROOT);
            if (!DISPLAY_ONLY_KEYS.contains(key) && !fields.containsKey(key) && !"month".equals(key)) {
                fields.put(key, v);
            }
        });

        StringBuilder out = new StringBuilder();
        out.append('@').append(p.entryType()).append('{').append(key(p)).append(",\n");
        List<Map.Entry<String, String>> present = fields.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank()).toList();
        for (Map.Entry<String, String> e : present) {
            out.append("  ").append(e.getKey()).append(" = {").append(braced(e.getValue())).append("},\n");
        }
        if (p.month() != null && p.month() >= 1 && p.month() <= 12) {
            out.append("  month = ").append(MONTHS[p.month() - 1]).append(",\n");
        }
        if (out.charAt(out.length() - 2) == ',') {
            out.deleteCharAt(out.length() - 2);
        }
        return out.append("}\n").toString();
    }

    public String writeAll(List<Publication> publications) {
        return publications.stream().map(this::write).collect(Collectors.joining("\n"));
    }

    private static String key(Publication p) {
        String key = p.citationKey().replaceAll("[\\s,{}\"#%'()=\\\\]", "");
        return key.isEmpty() ? "entry" : key;
    }

    /** Keeps balanced protective braces; escapes the braces of a value whose braces do not pair. */
    private static String braced(String value) {
        String v = value.strip();
        int depth = 0;
        for (int i = 0; i < v.length() && depth >= 0; i++) {
            char c = v.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        if (depth == 0) {
            return v;
        }
        return v.replace("{", "\\{").replace("}", "\\}");
    }
}
