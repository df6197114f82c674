package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ../}, absolute paths, {@code file:} addresses and symbolic links never make an import or an
 * export read or write outside the portfolio, the site being imported and the output folder.
 */
class PathConfinementTest {
    private static final String SECRET = "root:x:0:0:the secret outside every folder";

    @TempDir
    Path tmp;

    private Path secret;

    @BeforeEach
    void secretOutsideEveryFolder() throws Exception {
        secret = Files.writeString(Files.createDirectories(tmp.resolve("outside")).resolve("passwd"), SECRET);
    }

    private Path turingCopy() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("turing/assets"));
        try (Stream<Path> files = Files.list(Path.of("sample-data/alan-turing/assets"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Files.copy(Path.of("sample-data/alan-turing/portfolio.json"), folder.resolveSibling("portfolio.json"));
        return folder.getParent();
    }

    @Test
    void anExportNeverCopiesAPortfolioFileThatLinksOut() throws Exception {
        Path portfolio = turingCopy();
        Path pdf = portfolio.resolve("assets/on-computable-numbers.pdf");
        Files.delete(pdf);
        Files.createSymbolicLink(pdf, secret);
        Path out = tmp.resolve("site");

        CommandRun r = CommandRun.of("export", portfolio.toString(), "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("on-computable-numbers.pdf is a link to a file outside the portfolio folder");
        assertThat(filesHolding(out, SECRET)).isEmpty();
    }

    @Test
    void anExportNeverWritesThroughALinkInTheOutputFolder() throws Exception {
        Path out = tmp.resolve("site");
        assertThat(CommandRun.of("export", "sample-data/alan-turing", "--out", out.toString()).code()).isZero();
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path assets = out.resolve("assets");
        Path moved = tmp.resolve("assets-moved");
        Files.move(assets, moved);
        Files.createSymbolicLink(assets, elsewhere);

        CommandRun r = CommandRun.of("export", "sample-data/alan-turing", "--out", out.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("would be written through a link that leads outside " + out);
        try (Stream<Path> written = Files.list(elsewhere)) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void portfolioLinksWithDotDotAbsolutePathsOrFileAddressesAreNotCopied() throws Exception {
        Path portfolio = turingCopy();
        Path json = portfolio.resolve("portfolio.json");
        for (String hostile : new String[] {"../outside/passwd", secret.toString(), secret.toUri().toString(),
            "assets/../../outside/passwd"}) {
            Files.writeString(json, Files.readString(Path.of("sample-data/alan-turing/portfolio.json"))
                    .replace("\"pdf\": \"on-computable-numbers.pdf\"", "\"pdf\": \"" + hostile.replace("\\", "\\\\") + "\""));
            Path out = tmp.resolve("site-" + Math.abs(hostile.hashCode()));

            CommandRun r = CommandRun.of("export", portfolio.toString(), "--out", out.toString());

            assertThat(r.code()).as(hostile + ": " + r.err()).isIn(0, 1);
            assertThat(filesHolding(out, SECRET)).as(hostile).isEmpty();
        }
    }

    @Test
    void anAlfolioImportNeverCopiesASiteFileThatLinksOut() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("alfolio"));
        Files.writeString(site.resolve("_config.yml"), "first_name: Ada\nlast_name: Lovelace\n");
        Files.createDirectories(site.resolve("_pages"));
        Files.writeString(site.resolve("_pages/about.md"), "---\nlayout: about\nprofile:\n  image: me.png\n---\nHello\n");
        Files.createDirectories(site.resolve("_bibliography"));
        Files.writeString(site.resolve("_bibliography/papers.bib"),
                "@article{lovelace1843, title={Notes}, author={Lovelace, Ada}, journal={Memoirs}, year={1843}, pdf={paper.pdf}}\n");
        Files.createDirectories(site.resolve("assets/pdf"));
        Files.createSymbolicLink(site.resolve("assets/pdf/paper.pdf"), secret);
        Files.createDirectories(site.resolve("assets/img"));
        Files.createSymbolicLink(site.resolve("assets/img/me.png"), secret);
        Path into = tmp.resolve("imported");

        CommandRun r = CommandRun.of("import", "alfolio", site.toString(), "--out", into.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("is a link to a file outside the site folder; not copied");
        assertThat(filesHolding(into, SECRET)).isEmpty();
    }

    /**
     * A cloned site whose news item, extra page, bibliography, data file and configuration are links to
     * files outside it: none is read, so nothing of them reaches the portfolio (and the published site);
     * each is named. Before, the news item's, the page's and the .bib's text were imported.
     */
    @Test
    void anAlfolioImportNeverReadsATextFileThatLinksOut() throws Exception {
        Path outside = secret.getParent();
        Path news = Files.writeString(outside.resolve("news.md"), "---\ndate: 2024-03-01\ninline: true\n---\n" + SECRET + " news\n");
        Path page = Files.writeString(outside.resolve("page.md"), "---\ntitle: Leak\npermalink: /leak/\nnav: true\n---\n"
                + SECRET + " page\n");
        Path bib = Files.writeString(outside.resolve("x.bib"), "@article{leak, title={" + SECRET + " bib}, year={2020}}\n");
        Path yml = Files.writeString(outside.resolve("x.yml"), "title: " + SECRET + " config\nfirst_name: Eve\n");
        Path site = Files.createDirectories(tmp.resolve("alfolio"));
        Files.writeString(site.resolve("_config.yml"), "first_name: Ada\nlast_name: Lovelace\n");
        Files.createDirectories(site.resolve("_pages"));
        Files.writeString(site.resolve("_pages/about.md"), "---\nlayout: about\npermalink: /\n---\nHello\n");
        Files.createSymbolicLink(site.resolve("_pages/leak.md"), page);
        Files.createDirectories(site.resolve("_news"));
        Files.createSymbolicLink(site.resolve("_news/leak.md"), news);
        Files.createDirectories(site.resolve("_bibliography"));
        Files.createSymbolicLink(site.resolve("_bibliography/papers.bib"), bib);
        Files.createDirectories(site.resolve("_data"));
        Files.createSymbolicLink(site.resolve("_data/socials.yml"), yml);
        Path into = tmp.resolve("imported");

        CommandRun r = CommandRun.of("import", "alfolio", site.toString(), "--out", into.toString());

        assertThat(filesHolding(into, SECRET)).isEmpty();
        assertThat(r.out() + r.err()).contains("_news/leak.md: is a link to a file outside the site folder; not read",
                "_pages/leak.md: is a link to a file outside the site folder; not read",
                "_bibliography/papers.bib: is a link to a file outside the site folder; not read",
                "_data/socials.yml: is a link to a file outside the site folder; not read");
    }

    private static java.util.List<Path> filesHolding(Path dir, String text) throws Exception {
        if (!Files.exists(dir)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
