package org.scholarfolio.publish;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Whether Google Scholar can index each paper, judged from the pages the export actually wrote
 * (its {@code citation_*} tags): a page of its own ({@code publications/<key>.html}), a title,
 * authors, a date, and a PDF on the same site in the paper's own folder beside its page
 * ({@code publications/<key>/}), as Scholar's inclusion guidelines ask (the PDF in the abstract
 * page's folder or below it). A missing title, author list or year is the validator's to tell, at its field:
 * here it is only counted.
 */
final class ScholarReadiness {
    private ScholarReadiness() {
    }

    static List<Finding> check(Path siteDir, String baseUrl, int publicationCount) throws IOException {
        List<Finding> findings = new ArrayList<>();
        Path papers = siteDir.resolve("publications");
        // A paper's page and a year's list page are both publications/<name>.html; a paper's page
        // is an article.publication, with Scholar's tags when it has anything to tag.
        List<Document> pages = new ArrayList<>();
        List<String> pagePaths = new ArrayList<>();
        if (Files.isDirectory(papers)) {
            List<Path> files;
            try (Stream<Path> listed = Files.list(papers)) {
                files = listed.filter(f -> f.getFileName().toString().endsWith(".html")
                        && !f.getFileName().toString().equals("index.html") && Files.isRegularFile(f)).sorted().toList();
            }
            for (Path file : files) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                if (page.selectFirst("article.publication, meta[name^=citation_]") != null) {
                    pages.add(page);
                    pagePaths.add(siteDir.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        if (pages.size() < publicationCount) {
            int missing = publicationCount - pages.size();
            findings.add(Finding.warning(missing + (missing == 1 ? " paper has" : " papers have") + " no page of its own",
                    "Google Scholar indexes a paper only from a page about that paper; the export wrote "
                            + pages.size() + " paper pages for " + publicationCount + " publications"));
        }
        int ready = 0;
        int lacking = 0;
        for (int i = 0; i < pages.size(); i++) {
            Document page = pages.get(i);
            String path = pagePaths.get(i);
            List<String> problems = problems(page, siteDir, path, baseUrl);
            boolean lacks = lacksWhatTheValidatorNames(page);
            if (lacks) {
                lacking++;
            }
            if (problems.isEmpty()) {
                ready += lacks ? 0 : 1;
            } else {
                String title = page.select("meta[name=citation_title]").attr("content");
                findings.add(Finding.warning("Google Scholar: \"" + (title.isBlank() ? path : title) + "\" (" + path + ")",
                        String.join("; ", problems)));
            }
        }
        if (lacking > 0) {
            // Counted, not told again paper by paper: the Problems list (and validate) has one warning per
            // missing title, author list or year, at its field.
            findings.add(Finding.warning("Google Scholar: " + lacking + (lacking == 1 ? " paper lacks" : " papers lack")
                    + " a title, authors or a year", "Scholar does not index a paper without them; the Problems list"
                    + " names each one at its field"));
        }
        if (!pages.isEmpty() && ready == pages.size()) {
            findings.add(Finding.ok("Google Scholar: all " + ready + " papers are ready",
                    "each has its own page with title, authors, date and its PDF beside it"));
        }
        return findings;
    }

    /**
     * Whether the page lacks a title, authors or a date: the portfolio's validator warns of each of these
     * (a publication without a title, without authors, without a year), so this check only counts them.
     */
    private static boolean lacksWhatTheValidatorNames(Document page) {
        return page.select("meta[name=citation_title]").attr("content").isBlank()
                || page.select("meta[name=citation_author]").isEmpty()
                || page.select("meta[name=citation_publication_date]").attr("content").isBlank();
    }

    /**
     * What keeps the paper's page at {@code path} ({@code publications/<key>.html}) from Scholar that only
     * the exported site shows: where its PDF is.
     */
    private static List<String> problems(Document page, Path siteDir, String path, String baseUrl) {
        String folder = path.substring(0, path.length() - ".html".length()) + "/";
        List<String> problems = new ArrayList<>();
        // The PDF as Scholar's tag names it, else as the page's PDF button links it.
        String tagged = page.select("meta[name=citation_pdf_url]").attr("content");
        String site = baseUrl.isBlank() ? "https://site.invalid/" : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        String button = page.select("a.btn").stream().filter(a -> a.text().strip().equalsIgnoreCase("PDF"))
                .map(a -> a.attr("href")).findFirst().orElse("");
        if (tagged.isBlank() && button.isBlank()) {
            problems.add("no PDF: add the paper's PDF file to the portfolio (Scholar indexes papers through their full text)");
            return problems;
        }
        URI pdf;
        try {
            pdf = tagged.isBlank() ? URI.create(site + path).resolve(button) : URI.create(tagged);
        } catch (IllegalArgumentException e) {
            problems.add("the PDF address " + (tagged.isBlank() ? button : tagged) + " is not a valid address");
            return problems;
        }
        if (!pdf.toString().startsWith(site)) {
            problems.add("the PDF is on another site (" + (pdf.getHost() == null ? pdf : pdf.getHost()) + "): Scholar wants"
                    + " it on this site, in the paper's folder; put the file into the portfolio and link it from there");
            return problems;
        }
        String pdfPath = pdf.getPath().substring(Math.min(pdf.getPath().length(), URI.create(site).getPath().length()));
        if (!pdfPath.startsWith(folder)) {
            problems.add("the PDF is at " + pdfPath + ", not in the paper's folder " + folder
                    + " (Scholar expects the PDF beside the paper's page)");
        } else if (!Files.isRegularFile(siteDir.resolve(pdfPath))) {
            problems.add("the PDF " + pdfPath + " is not in the exported site");
        } else if (tagged.isBlank()) {
            problems.add("no citation_pdf_url tag: set the base URL so the PDF gets the full address Scholar needs");
        }
        return problems;
    }

}
