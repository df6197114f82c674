package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.lookup.FakeServices;
import org.scholarfolio.model.CitationCount;
import org.scholarfolio.model.Publication;
import org.scholarfolio.store.PortfolioStore;

class MetricsCommandTest {
    @TempDir
    Path tmp;
    Path portfolio;
    FakeServices services;
    Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        portfolio = tmp.resolve("turing");
        Files.createDirectories(portfolio);
        Files.copy(Path.of("sample-data/alan-turing/portfolio.json"), portfolio.resolve("portfolio.json"));
        services = FakeServices.withFixtures();
        services.openAlexWork("10.1093/mind/LIX.236.433", """
                {"id": "https://openalex.org/W1", "doi": "https://doi.org/10.1093/mind/lix.236.433",
                 "display_name": "Computing Machinery and Intelligence", "cited_by_count": 17322,
                 "primary_location": {"source": {"display_name": "Mind", "type": "journal"}}, "locations": []}""");
        env = services.environment(tmp.resolve("cache"));
    }

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void storesCountsThatTheExportShowsAsDatedText() throws Exception {
        assertThat(CommandRun.withEnvironment(env, "add", portfolio.toString(), "10.5555/12345678").code()).isZero();
        CommandRun r = CommandRun.withEnvironment(env, "metrics", portfolio.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("turing1950computing +17,322").containsPattern("carberry2021water +4,242")
                .contains("2 publications counted (OpenAlex)").contains("Saved ");
        assertThat(r.err()).contains("warning: turing1937computable: OpenAlex does not know its DOI or arXiv id");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Publication water = PortfolioStore.load(portfolio).portfolio().publications().stream()
                .filter(p -> p.citationKey().equals("carberry2021water")).findFirst().orElseThrow();
        assertThat(water.citations()).isEqualTo(new CitationCount(4242, "OpenAlex", today));
        assertThat(services.requestsTo("/openalex/works").stream().filter(s -> s.query().contains("filter="))).hasSize(1);

        Path site = tmp.resolve("site");
        CommandRun export = CommandRun.of("export", portfolio.toString(), "--out", site.toString());
        assertThat(export.code()).as(export.err()).isZero();
        String page = Files.readString(site.resolve("publications/index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("<div class=\"cited-by\">Cited by 4,242 \u00b7 OpenAlex, "
                + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(today) + "</div>")
                .contains("Cited by 17,322");
    }

    @Test
    void anArxivOnlyEntryNowPublishedIsReported() throws Exception {
        services.openAlexWork("10.48550/arxiv.2101.00001", FakeServices.fixture("openalex-work.json"));
        assertThat(CommandRun.withEnvironment(env, "add", portfolio.toString(), "arxiv:2101.00001").code()).isZero();
        CommandRun r = CommandRun.withEnvironment(env, "metrics", portfolio.toString(), "--dry-run");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("note: hopper2021sparse (arxiv:2101.00001) is now published in Journal of Example "
                + "Chemistry (doi:10.5555/12345678): update?");
        assertThat(r.out()).contains("Dry run: nothing was written.");
    }

    @Test
    void aRefusalLeavesThePortfolioAlone() throws Exception {
        services.on("/openalex/works", FakeServices.Reply.status(503, Map.of("Retry-After", "3600")));
        byte[] before = Files.readAllBytes(portfolio.resolve("portfolio.json"));
        CommandRun r = CommandRun.withEnvironment(env, "metrics", portfolio.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("refused the request (503) and asks to wait 3600 s").contains("is unchanged");
        assertThat(portfolio.resolve("portfolio.json")).hasBinaryContent(before);
    }
}
