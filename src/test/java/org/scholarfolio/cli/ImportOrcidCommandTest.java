package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.lookup.FakeServices;
import org.scholarfolio.model.Publication;
import org.scholarfolio.store.PortfolioStore;

class ImportOrcidCommandTest {
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
        env = services.environment(tmp.resolve("cache"));
    }

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void importsTheWorksCompletedAndOffersPreprintAndPublishedVersionAsOneRecord() throws Exception {
        int before = PortfolioStore.load(portfolio).portfolio().publications().size();
        CommandRun r = CommandRun.withEnvironment(env, "import", "orcid", "https://orcid.org/0000-0002-1825-0097",
                "--into", portfolio.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: preprint arxiv:2101.00002 and its published version doi:10.5555/12345678 "
                + "are offered as one record")
                .contains("warning: \"Lecture notes on example chemistry\" has no DOI, arXiv or PubMed id in ORCID");
        assertThat(r.out()).contains("added    carberry2021water").contains("added    curie2019vitamin")
                .contains("added    2019lecture")
                .contains("Added the works of orcid:0000-0002-1825-0097: 3 added, 0 updated, 0 unchanged.");
        var saved = PortfolioStore.load(portfolio).portfolio().publications();
        assertThat(saved).hasSize(before + 3);
        Publication water = saved.stream().filter(p -> p.citationKey().equals("carberry2021water")).findFirst().orElseThrow();
        assertThat(water.arxiv()).isEqualTo("2101.00001");
        assertThat(services.requestsTo("/orcid/").get(0).header("Accept")).isEqualTo("application/vnd.orcid+json");
    }

    @Test
    void aMistypedOrcidIdIsRefusedBeforeAnythingIsAsked() throws Exception {
        CommandRun r = CommandRun.withEnvironment(env, "import", "orcid", "0000-0002-1825-0098", "--into", portfolio.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("\"0000-0002-1825-0098\" is not an ORCID iD").contains("nothing was imported");
        assertThat(services.requests()).isEmpty();
    }

    @Test
    void anUnknownOrcidIdLeavesThePortfolioAlone() throws Exception {
        byte[] before = Files.readAllBytes(portfolio.resolve("portfolio.json"));
        CommandRun r = CommandRun.withEnvironment(env, "import", "orcid", "0000-0002-1694-233X", "--into",
                portfolio.toString(), "--dry-run");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error: orcid:0000-0002-1694-233X: 127.0.0.1:").contains("knows no such record (404)");
        assertThat(portfolio.resolve("portfolio.json")).hasBinaryContent(before);
    }
}
