package org.scholarfolio.importer.alfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.importer.bibtex.TemplateLeftovers;
import org.scholarfolio.model.AssetPaths;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationLinks;

/**
 * The site's bibliography: the {@code .bib} file {@code _config.yml} names (else {@code papers.bib})
 * read through the given {@link BibliographyReader}, al-folio's example papers flagged as template
 * leftovers, and the PDFs and previews its entries name copied into the portfolio.
 */
final class SiteBibliography {
    private static final Pattern URL_OR_ROOTED = Pattern.compile("(?i)^(?:[a-z][a-z0-9+.-]*:|/).*");

    private final Path site;
    private final BibliographyReader reader;
    private final ImportFindings findings;

    private SiteBibliography(Path site, BibliographyReader reader, ImportFindings findings) {
        this.site = site;
        this.reader = reader;
        this.findings = findings;
    }

    /** The publications; an absent bibliography is none, a missing reader or file is reported. */
    static List<Publication> read(Path site, Map<String, Object> config, BibliographyReader reader,
                                  ImportFindings findings) {
        return new SiteBibliography(site, reader, findings).read(config);
    }

    private List<Publication> read(Map<String, Object> config) {
        Path dir = site.resolve("_bibliography");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String named = config.get("scholar") instanceof Map<?, ?> s ? YamlValues.str(s.get("bibliography")).strip() : "";
        String fileName = named.isEmpty() ? "papers.bib" : named;
        Path file = dir.resolve(fileName);
        String relName = "_bibliography/" + fileName;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path other : s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".bib"))
                    .sorted().toList()) {
                if (!other.getFileName().toString().equals(fileName)) {
                    findings.warn(site.relativize(other).toString().replace('\\', '/'), 0, Diagnostic.Kind.SKIPPED,
                            "not the bibliography named in _config.yml (" + fileName + "); not read");
                }
            }
        } catch (IOException e) {
            findings.warn("_bibliography", 0, Diagnostic.Kind.UNREADABLE, "cannot list the folder: " + e.getMessage());
        }
        if (!Files.isRegularFile(file)) {
            findings.warn(relName, 0, Diagnostic.Kind.MISSING, "the bibliography file does not exist; no publications imported");
            return List.of();
        }
        if (reader == null) {
            findings.warn(relName, 0, Diagnostic.Kind.SKIPPED,
                    "not read: no BibTeX reader is available in this build; publications are not imported");
            return List.of();
        }
        String text = findings.readText(file, relName);
        if (text == null) {
            return List.of();
        }
        try {
            BibliographyReader.Result r = reader.read(text, relName);
            r.warnings().forEach(findings::add);
            List<Publication> kept = new ArrayList<>(r.publications());
            for (TemplateLeftovers.Leftover l : TemplateLeftovers.find(r.publications())) {
                if (findings.leftover(relName, lineOfText(text, l.publication().citationKey()), l.reason().replaceAll("\\.$", ""))) {
                    kept.remove(l.publication());
                }
            }
            return kept.stream().map(p -> withLocalFiles(p, text, relName)).toList();
        } catch (RuntimeException e) {
            findings.warn(relName, 0, Diagnostic.Kind.UNREADABLE, "not read: the BibTeX reader failed: " + e);
            return List.of();
        }
    }

    /**
     * al-folio resolves a pdf, supp, poster or slides value that is not a URL under
     * {@code assets/pdf/}, and a preview under {@code assets/img/publication_preview/}. Those files are
     * copied into the portfolio's {@code assets/}: a bare name stays as it is (it means
     * {@code assets/<name>} there), a name with a folder becomes {@code assets/<folder>/<name>}.
     */
    private Publication withLocalFiles(Publication p, String bibText, String bibName) {
        Map<LinkKind, String> links = new EnumMap<>(LinkKind.class);
        links.putAll(p.links().values());
        links.replaceAll((kind, value) -> kind.alfolioPdfFolder()
                ? localBibFile(value, "assets/pdf/", kind.key(), bibText, bibName) : value);
        PublicationLinks l = p.links();
        PublicationLinks copied = new PublicationLinks(links, l.unknownFields());
        String preview = p.preview().isBlank() ? ""
                : localBibFile(p.preview(), "assets/img/publication_preview/", "preview", bibText, bibName);
        if (copied.equals(l) && preview.equals(p.preview())) {
            return p;
        }
        return p.toBuilder().links(copied).preview(preview).build();
    }

    private String localBibFile(String value, String siteFolder, String field, String bibText, String bibName) {
        String v = value.strip().replace('\\', '/');
        if (v.isEmpty() || URL_OR_ROOTED.matcher(v).matches()) {
            return value;
        }
        Path root = site.toAbsolutePath().normalize();
        Path folder = root.resolve(siteFolder).normalize();
        Path source = folder.resolve(v).normalize();
        int line = lineOfText(bibText, v);
        if (!source.startsWith(folder)) {
            findings.warn(bibName, line, Diagnostic.Kind.SKIPPED, field + " " + value + " is outside " + siteFolder + "; not copied");
            return value;
        }
        if (!Files.isRegularFile(source)) {
            findings.warn(bibName, line, Diagnostic.Kind.MISSING, field + " " + siteFolder + v
                    + " does not exist in the site; add the file to the portfolio's assets/ by hand");
            return value;
        }
        String target = AssetPaths.ASSETS_DIR + "/" + v;
        findings.addAsset(source, target);
        return v.contains("/") ? target : v;
    }

    /** The line of the first mention of {@code needle} in {@code text}; 0 when it is not there. */
    private static int lineOfText(String text, String needle) {
        int at = text.indexOf(needle);
        if (at < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
