package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarfolio.lookup.FakeServices;
import org.scholarfolio.lookup.FakeServices.Reply;
import org.scholarfolio.model.Publication;
import org.scholarfolio.store.PortfolioStore;

class AddCommandTest {
    @TempDir
    Path tmp;
    Path portfolio;
    FakeServices services;
    Map<String, String> env;

    @BeforeEach
    void copyTheTuringSampleAndStartTheServices() throws Exception {
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

    private CommandRun add(String... ids) {
        String[] args = new String[ids.length + 2];
        args[0] = "add";
        args[1] = portfolio.toString();
        System.arraycopy(ids, 0, args, 2, ids.length);
        return CommandRun.withEnvironment(env, args);
    }

    @Test
    void addsADoiAndAnArxivIdAsCompleteRecords() throws Exception {
        CommandRun r = add("https://doi.org/10.5555/12345678", "arxiv:math/0601001v1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("added    carberry2021water: Water splitting with Escherichia coli and CO₂: a pilot study")
                .contains("added    noether2005number: On the Number of Primes Below a Bound")
                .contains("Added 2 identifiers: 2 added, 0 updated, 0 unchanged.").contains("Saved ");
        var saved = PortfolioStore.load(portfolio).portfolio().publications();
        Publication water = saved.stream().filter(p -> p.citationKey().equals("carberry2021water")).findFirst().orElseThrow();
        assertThat(water.doi()).isEqualTo("10.5555/12345678");
        assertThat(water.links().pdf()).isEqualTo("https://www.example.org/article/12345678.pdf");
        assertThat(water.authors()).hasSize(3);
        assertThat(portfolio.resolve("portfolio.json.bak")).exists();
    }

    @Test
    void aSecondAddOfTheSameDoiMatchesTheRecordAndChangesNothing() throws Exception {
        assertThat(add("10.5555/12345678").code()).isZero();
        byte[] after = Files.readAllBytes(portfolio.resolve("portfolio.json"));
        CommandRun again = add("doi:10.5555/12345678");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("same     carberry2021water (same DOI): nothing new").contains("was not written");
        assertThat(portfolio.resolve("portfolio.json")).hasBinaryContent(after);
    }

    @Test
    void anExistingPublicationIsUpdatedByItsDoiAndKeepsItsKey() throws Exception {
        services.on("/doi/10.1093/mind/LIX.236.433", Reply.ok("application/vnd.citationstyles.csl+json", """
                {"type": "article-journal", "DOI": "10.1093/mind/LIX.236.433", "title": "I.—Computing Machinery and Intelligence",
                 "author": [{"given": "A. M.", "family": "Turing", "sequence": "first"}], "container-title": "Mind",
                 "volume": "LIX", "issue": "236", "page": "433-460", "issued": {"date-parts": [[1950, 10, 1]]},
                 "publisher": "Oxford University Press (OUP)"}"""));
        CommandRun r = add("https://doi.org/10.1093/mind/LIX.236.433", "--dry-run");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("updated  turing1950computing \\(same DOI\\): .*publisher")
                .contains("Would add doi:10.1093/mind/LIX.236.433: 0 added, 1 updated").contains("Dry run: nothing was written.");
        assertThat(portfolio.resolve("portfolio.json.bak")).doesNotExist();
    }

    @Test
    void dryRunPrintsThePlanAndWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(portfolio.resolve("portfolio.json"));
        CommandRun r = add("2101.00001", "--dry-run");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("added    hopper2021sparse").contains("Would add arxiv:2101.00001: 1 added");
        assertThat(portfolio.resolve("portfolio.json")).hasBinaryContent(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10.5555/nothing   | doi:10.5555/nothing: 127.0.0.1:PORT knows no such record (404)
            not-an-id         | "not-an-id" is not a DOI (10.…), an arXiv id (arxiv:2101.00001) or a PubMed id (pmid:12345)
            10.5555/refused   | doi:10.5555/refused: 127.0.0.1:PORT refused the request (429) and asks to wait 600 s
            10.5555/broken    | doi:10.5555/broken: doi.org's answer is not readable JSON
            10.5555/huge      | doi:10.5555/huge: 127.0.0.1:PORT sent an answer larger than 5 MB
            10.5555/hostile   | doi:10.5555/hostile: the record's text was refused: it holds a <script> element
            10.5555/slow      | doi:10.5555/slow: 127.0.0.1:PORT did not answer within 1 s
            """)
    void everyFailureNamesTheIdentifierExitsNonZeroAndLeavesTheFileAlone(String id, String message) throws Exception {
        services.on("/doi/10.5555/refused", Reply.status(429, Map.of("Retry-After", "600")));
        services.on("/doi/10.5555/broken", Reply.ok("application/json", "{\"title\": "));
        services.on("/doi/10.5555/huge", Reply.ok("application/json", "{\"title\": \"" + "x".repeat(6 * 1024 * 1024) + "\"}"));
        services.on("/doi/10.5555/hostile", Reply.ok("application/json",
                "{\"type\": \"article-journal\", \"title\": \"<script>alert(document.cookie)</script>Paper\"}"));
        services.on("/doi/10.5555/slow", Reply.ok("application/json", "{}").after(Duration.ofSeconds(4)));
        env = new HashMap<>(env);
        env.put("SCHOLARFOLIO_LOOKUP_TIMEOUT", "1");
        byte[] before = Files.readAllBytes(portfolio.resolve("portfolio.json"));
        CommandRun r = add("10.5555/12345678", id);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error: " + message.replace("PORT", String.valueOf(services.base().getPort())));
        assertThat(r.out()).doesNotContain("Saved");
        assertThat(portfolio.resolve("portfolio.json")).hasBinaryContent(before);
        assertThat(portfolio.resolve("portfolio.json.bak")).doesNotExist();
    }

    @Test
    void anUnusableServiceAddressIsNamed() throws Exception {
        env = new HashMap<>(env);
        env.put("SCHOLARFOLIO_ARXIV_URL", "file:///etc");
        CommandRun r = add("2101.00001");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("SCHOLARFOLIO_ARXIV_URL=file:///etc is not an http or https address");
    }
}
