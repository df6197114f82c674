package org.scholarfolio.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class PagesWorkflowTest {
    @TempDir
    Path tmp;

    private Path portfolio() throws IOException {
        Path p = Files.createDirectories(tmp.resolve("portfolio/assets"));
        Files.writeString(p.resolveSibling("portfolio.json"), "{\"schemaVersion\": 1}");
        Files.writeString(p.resolveSibling("portfolio.json.bak"), "old");
        Files.writeString(p.resolveSibling("portfolio.json.lock"), "owner ada, process 4242, host desk");
        Files.writeString(p.resolve("paper.pdf"), "%PDF");
        return p.getParent();
    }

    @Test
    void theRepositoryHoldsThePortfolioAndAWorkflowThatExportsWithThePagesAddress() throws Exception {
        Path repo = tmp.resolve("repo");

        Path workflow = PagesWorkflow.write(portfolio(), repo, "0.1.0");

        assertThat(workflow).isEqualTo(repo.resolve(".github/workflows/scholarfolio-pages.yml"));
        assertThat(repo.resolve("portfolio.json")).exists();
        assertThat(repo.resolve("assets/paper.pdf")).exists();
        assertThat(repo.resolve("portfolio.json.bak")).doesNotExist();
        assertThat(repo.resolve("portfolio.json.lock")).doesNotExist();
        assertThat(Files.readAllLines(repo.resolve(".gitignore")))
                .contains("/portfolio.json.bak", "/portfolio.json.recovery", "/portfolio.json.lock");
        Map<String, Object> yaml = new Yaml().load(Files.readString(workflow));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> jobs = (Map<String, Map<String, Object>>) yaml.get("jobs");
        assertThat(jobs).containsKeys("build", "deploy");
        assertThat(jobs.get("build").get("steps").toString())
                .contains("Scholarfolio export . --out \"$RUNNER_TEMP/site\" --base-url \"${{ steps.pages.outputs.base_url }}/\"")
                .contains("actions/upload-pages-artifact");
    }

    @Test
    void aDifferentWorkflowAlreadyThereIsNeverOverwritten() throws Exception {
        Path p = portfolio();
        Path existing = p.resolve(PagesWorkflow.FILE);
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "name: mine\n");

        assertThatThrownBy(() -> PagesWorkflow.write(p, p, "0.1.0")).hasMessageContaining("already exists and differs");
        assertThat(Files.readString(existing)).isEqualTo("name: mine\n");
        assertThat(p.resolve(".gitignore")).doesNotExist();
    }

    @Test
    void inThePortfolioFolderItselfTheGitignoreKeepsWhatItSaidAndGainsOnlyWhatItLacked() throws Exception {
        Path p = portfolio();
        Files.writeString(p.resolve(".gitignore"), "drafts/\n/portfolio.json.bak");

        PagesWorkflow.write(p, p, "0.1.0");
        PagesWorkflow.write(p, p, "0.1.0");

        assertThat(Files.readAllLines(p.resolve(".gitignore"))).containsExactly(
                "drafts/", "/portfolio.json.bak", "# Scholarfolio's files for this computer only",
                "/portfolio.json.recovery", "/portfolio.json.lock");
    }

    @Test
    void aFolderWithFilesInItIsRefused() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.writeString(repo.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> PagesWorkflow.write(portfolio(), repo, "0.1.0")).hasMessageContaining("not empty");
        assertThat(Files.list(repo).toList()).isEqualTo(List.of(repo.resolve("notes.txt")));
    }
}
