package org.scholarfolio.importer.bibtex;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.InlineText;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.Text;

/**
 * The Scholarfolio half of {@code bench/compare-bibtex.sh}: imports every .bib file of a folder and
 * writes one JSON line per publication (key, plain title, year, journal, family names, DOI) and one per file
 * (refused or not; export-bibtex then import: fields changed; fields whose LaTeX markup the export
 * lost). Not a test: it reads files that are not in the repository.
 */
public final class BibtexComparisonDump {

    private static final Pattern MARKUP = Pattern.compile(
            "\\\\(emph|textit|textbf|textsc|textsubscript|textsuperscript)\\s*\\{|\\{\\s*\\\\(em|it|bf|sc)\\b");

    private BibtexComparisonDump() {
    }

    /** {@code FOLDER OUT.jsonl}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".bib")).sorted().toList();
        }
        StringBuilder out = new StringBuilder();
        for (Path file : files) {
            dumpFile(file, out);
        }
        Files.writeString(Path.of(args[1]), out);
    }

    private static void dumpFile(Path file, StringBuilder out) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        String text = BibtexFileText.decode(bytes, name, new ArrayList<>());
        BibtexImportResult result;
        try {
            result = new BibtexImporter().read(bytes, name);
        } catch (RuntimeException e) {
            line(out, "file", name, "crashed", "true");
            return;
        }
        for (Publication p : result.publications()) {
            StringBuilder families = new StringBuilder("[");
            for (Author a : p.authors()) {
                if (families.length() > 1) {
                    families.append(',');
                }
                Text.appendJsonString(families, plain((a.von() + " " + a.family()).strip()));
            }
            families.append(']');
            line(out, "file", name, "key", p.citationKey(), "title", plain(p.title()),
                    "year", p.year() == null ? "" : p.year().toString(), "doi", p.doi(), "journal", plain(p.journal()),
                    "families", families);
        }
        int[] roundTrip = roundTrip(result.publications());
        int[] markup = markup(text, result.publications());
        line(out, "file", name, "fieldsChanged", roundTrip[0], "fields", roundTrip[1],
                "markupSource", markup[0], "markupFlattened", markup[1]);
    }

    /** What a reader sees: the model's plain rendering. */
    static String plain(String modelText) {
        return InlineText.plain(modelText);
    }

    /** {changed, total}: export-bibtex then import, field by field. */
    private static int[] roundTrip(List<Publication> publications) {
        String bibtex = BibtexWriter.complete().write(publications);
        List<Publication> back = new BibtexImporter().read(bibtex, "export.bib").publications();
        int changed = 0;
        int total = 0;
        for (int i = 0; i < publications.size(); i++) {
            Publication a = publications.get(i);
            Publication b = i < back.size() ? back.get(i) : null;
            // one count per field: each text of the registry, then the other components
            List<Function<Publication, Object>> values = new ArrayList<>();
            for (PublicationField f : PublicationField.values()) {
                if (f.isText()) {
                    values.add(p -> p.text(f));
                }
            }
            for (RecordComponent c : Publication.class.getRecordComponents()) {
                if (!c.getName().equals("bibtexFields") && !c.getName().equals("texts")) {
                    values.add(p -> value(c, p));
                }
            }
            for (Function<Publication, Object> value : values) {
                Object va = value.apply(a);
                if (va == null || "".equals(va) || Boolean.FALSE.equals(va) || (va instanceof List<?> l && l.isEmpty())) {
                    continue;
                }
                total++;
                if (b == null || !Objects.equals(va, value.apply(b))) {
                    changed++;
                    System.err.println("round trip changed " + a.citationKey() + ": " + va + " -> " + (b == null ? null : value.apply(b)));
                }
            }
            for (Map.Entry<String, String> f : a.bibtexFields().entrySet()) {
                total++;
                if (b == null || !f.getValue().equals(b.bibtexFields().get(f.getKey()))) {
                    changed++;
                    System.err.println("round trip changed " + a.citationKey() + " " + f.getKey() + ": " + f.getValue()
                            + " -> " + (b == null ? null : b.bibtexFields().get(f.getKey())));
                }
            }
        }
        return new int[] {changed, total};
    }

    /** {fields with markup in the file, of those written without any markup by export-bibtex}. */
    private static int[] markup(String text, List<Publication> publications) {
        List<RawEntry> source = new BibtexScanner(text, "source.bib", new ArrayList<>()).scan();
        int withMarkup = 0;
        int flattened = 0;
        for (Publication p : publications) {
            RawEntry raw = source.stream().filter(e -> e.key().equals(p.citationKey())).findFirst().orElse(null);
            if (raw == null) {
                continue;
            }
            List<RawEntry> written = new BibtexScanner(BibtexWriter.complete().write(p), "export.bib", new ArrayList<>()).scan();
            for (RawEntry.RawField f : raw.fields()) {
                if (!MARKUP.matcher(f.value()).find()) {
                    continue;
                }
                withMarkup++;
                RawEntry.RawField back = written.isEmpty() ? null : written.get(0).field(f.name());
                if (back == null || !MARKUP.matcher(back.value()).find()) {
                    flattened++;
                    System.err.println("markup flattened " + p.citationKey() + " " + f.name() + ": " + f.value()
                            + " -> " + (back == null ? null : back.value()));
                }
            }
        }
        return new int[] {withMarkup, flattened};
    }

    private static Object value(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One JSON object per line; a StringBuilder value is written as raw JSON. */
    private static void line(StringBuilder out, Object... pairs) {
        out.append('{');
        for (int i = 0; i < pairs.length; i += 2) {
            if (i > 0) {
                out.append(',');
            }
            Text.appendJsonString(out, pairs[i].toString());
            out.append(':');
            Object v = pairs[i + 1];
            if (v instanceof String s) {
                Text.appendJsonString(out, s);
            } else {
                out.append(v);
            }
        }
        out.append("}\n");
    }
}
