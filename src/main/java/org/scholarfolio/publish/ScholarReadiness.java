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
 * (its {@code citation_*} tags): a page of its own, a title, authors, a date, and a PDF on the same
 * site in the paper's own folder, as Scholar's inclusion guidelines ask.
 */
final class ScholarReadiness {
    private ScholarReadiness() {
    }

    static List<Finding> check(Path siteDir, String baseUrl, int publicationCount) throws IOException {
        List<Finding> findings = new ArrayList<>();
        Path papers = siteDir.resolve("publications");
        List<Path> pages = new ArrayList<>();
        if (Files.isDirectory(papers)) {
            try (Stream<Path> dirs = Files.list(papers)) {
                dirs.map(d -> d.resolve("index.html")).filter(Files::isRegularFile).sorted().forEach(pages::add);
            }
        }
        if (pages.size() < publicationCount) {
            int missing = publicationCount - pages.size();
            findings.add(Finding.warning(missing + (missing == 1 ? " paper has" : " papers have") + " no page of its own",
                    "Google Scholar indexes a paper only from a page about that paper; the export wrote "
                            + pages.size() + " paper pages for " + publicationCount + " publications"));
        }
        int ready = 0;
        for (Path page : pages) {
            String folder = siteDir.relativize(page.getParent()).toString().replace('\\', '/') + "/";
            List<String> problems = problems(Jsoup.parse(page.toFile(), "UTF-8"), siteDir, folder, baseUrl);
            if (problems.isEmpty()) {
                ready++;
            } else {
                String title = Jsoup.parse(page.toFile(), "UTF-8").select("meta[name=citation_title]").attr("content");
                findings.add(Finding.warning("Google Scholar: \"" + (title.isBlank() ? folder : title) + "\" (" + folder + ")",
                        String.join("; ", problems)));
            }
        }
        if (!pages.isEmpty() && ready == pages.size()) {
            findings.add(Finding.ok("Google Scholar: all " + ready + " papers are ready",
                    "each has its own page with title, authors, date and its PDF beside it"));
        }
        return findings;
    }

    private static List<String> problems(Document page, Path siteDir, String folder, String baseUrl) {
        List<String> problems = new ArrayList<>();
        if (page.select("meta[name=citation_title]").attr("content").isBlank()) {
            problems.add("no title");
        }
        if (page.select("meta[name=citation_author]").isEmpty()) {
            problems.add("no authors");
        }
        if (page.select("meta[name=citation_publication_date]").attr("content").isBlank()) {
            problems.add("no date: give the year it was published");
        }
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
            pdf = tagged.isBlank() ? URI.create(site + folder).resolve(button) : URI.create(tagged);
        } catch (IllegalArgumentException e) {
            problems.add("the PDF address " + (tagged.isBlank() ? button : tagged) + " is not a valid address");
            return problems;
        }
        if (!pdf.toString().startsWith(site)) {
            problems.add("the PDF is on another site (" + (pdf.getHost() == null ? pdf : pdf.getHost()) + "): Scholar wants"
                    + " it on this site, in the paper's folder; put the file into the portfolio and link it from there");
            return problems;
        }
        String path = pdf.getPath().substring(Math.min(pdf.getPath().length(), URI.create(site).getPath().length()));
        if (!path.startsWith(folder)) {
            problems.add("the PDF is at " + path + ", not in the paper's folder " + folder
                    + " (Scholar expects the PDF beside the paper's page)");
        } else if (!Files.isRegularFile(siteDir.resolve(path))) {
            problems.add("the PDF " + path + " is not in the exported site");
        } else if (tagged.isBlank()) {
            problems.add("no citation_pdf_url tag: set the base URL so the PDF gets the full address Scholar needs");
        }
        return problems;
    }

}
