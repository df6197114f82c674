package org.scholarfolio.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.publish.PublishResult.Outcome;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.store.PortfolioStore;

/** Publishing into a local bare repository over {@code file://}. */
class PublisherTest {
    private static final Path SAMPLE = Path.of("sample-data", "alan-turing");

    @TempDir
    Path tmp;

    private Path bare;
    private Portfolio portfolio;
    private Publisher publisher;

    @BeforeEach
    void setUp() throws Exception {
        bare = tmp.resolve("site.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
        portfolio = PortfolioStore.load(SAMPLE).portfolio();
        publisher = new Publisher(new PublishCache(tmp.resolve("cache")));
    }

    private PublishResult publish(Portfolio p) {
        return publish(p, false);
    }

    private PublishResult publish(Portfolio p, boolean dryRun) {
        var target = new PublishTarget(bare.toUri().toString(), "gh-pages", "https://turing.example.org/", "");
        var options = ExportOptions.defaults().withLastUpdated(java.time.LocalDate.of(2026, 1, 1));
        return publisher.publish(new PublishRequest(p, SAMPLE, options, target, "", dryRun, GitCredentials.none()),
                PublishProgress.SILENT, () -> false);
    }

    private List<RevCommit> history() throws Exception {
        try (Git git = Git.open(bare.toFile())) {
            ObjectId tip = git.getRepository().resolve("refs/heads/gh-pages");
            return tip == null ? List.of() : java.util.stream.StreamSupport.stream(git.log().add(tip).call().spliterator(), false).toList();
        }
    }

    private boolean branchHolds(String path) throws Exception {
        try (Repository repo = Git.open(bare.toFile()).getRepository()) {
            RevCommit tip = repo.parseCommit(repo.resolve("refs/heads/gh-pages"));
            return TreeWalk.forPath(repo, path, tip.getTree()) != null;
        }
    }

    @Test
    void firstPublishPutsTheSiteWithNojekyllOnTheBranch() throws Exception {
        PublishResult result = publish(portfolio);

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.PUBLISHED);
        assertThat(history()).hasSize(1);
        assertThat(history().get(0).getName()).isEqualTo(result.commit());
        assertThat(branchHolds("index.html")).isTrue();
        assertThat(branchHolds(".nojekyll")).isTrue();
        assertThat(branchHolds("publications/index.html")).isTrue();
    }

    @Test
    void publishingAgainWithoutChangesMakesNoCommit() throws Exception {
        publish(portfolio);

        PublishResult again = publish(portfolio);

        assertThat(again.outcome()).as(again.message()).isEqualTo(Outcome.UNCHANGED);
        assertThat(again.changedFiles()).isEmpty();
        assertThat(history()).hasSize(1);
    }

    @Test
    void aChangeMakesExactlyOneCommitWithTheChangedPages() throws Exception {
        publish(portfolio);
        Portfolio changed = portfolio.withSite(portfolio.site().toBuilder().title("Turing's pages").build());

        PublishResult result = publish(changed);

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.PUBLISHED);
        assertThat(history()).hasSize(2);
        assertThat(result.changedFiles()).contains("index.html").doesNotContain(".nojekyll");
    }

    @Test
    void aDryRunListsTheChangesButCommitsNothing() throws Exception {
        PublishResult result = publish(portfolio, true);

        assertThat(result.outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.changedFiles()).contains("index.html", ".nojekyll");
        assertThat(history()).isEmpty();
        assertThat(publish(portfolio).outcome()).isEqualTo(Outcome.PUBLISHED);
    }

    @Test
    void aPushTheRemoteRefusesLeavesAStateTheNextPublishRecoversFrom() throws Exception {
        publish(portfolio);
        // The remote cannot update the branch while someone else holds its lock: it refuses the push.
        Path lock = bare.resolve("refs/heads/gh-pages.lock");
        Files.writeString(lock, "held by another push");
        Portfolio changed = portfolio.withSite(portfolio.site().toBuilder().title("Refused").build());

        PublishResult refused = publish(changed);

        assertThat(refused.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(refused.message()).contains("refused the push to gh-pages").contains("publish again");
        assertThat(history()).hasSize(1);

        Files.delete(lock);
        PublishResult next = publish(changed);
        assertThat(next.outcome()).as(next.message()).isEqualTo(Outcome.PUBLISHED);
        assertThat(history()).hasSize(2);
    }

    @Test
    void someoneElsesCommitOnTheBranchIsBuiltUpon() throws Exception {
        publish(portfolio);
        Path other = tmp.resolve("other");
        try (Git git = Git.cloneRepository().setURI(bare.toUri().toString()).setBranch("gh-pages").setDirectory(other.toFile()).call()) {
            Files.writeString(other.resolve("google1234.html"), "google-site-verification: google1234.html");
            git.add().addFilepattern("google1234.html").call();
            git.commit().setMessage("Verify the site").setSign(false).call();
            git.push().call();
        }

        PublishResult result = publish(portfolio.withSite(portfolio.site().toBuilder().title("Again").build()));

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.PUBLISHED);
        assertThat(history()).hasSize(3);
        assertThat(branchHolds("google1234.html")).isTrue();
    }

    @Test
    void cancellingBeforeThePushLeavesTheRemoteAsItWas() throws Exception {
        AtomicBoolean cancel = new AtomicBoolean();
        var target = new PublishTarget(bare.toUri().toString(), "gh-pages", "", "");
        PublishResult result = publisher.publish(new PublishRequest(portfolio, SAMPLE, ExportOptions.defaults(), target, "", false,
                GitCredentials.none()), (step, detail) -> {
                    if (step == PublishProgress.Step.COMMIT) {
                        cancel.set(true);
                    }
                }, cancel::get);

        assertThat(result.outcome()).isEqualTo(Outcome.CANCELLED);
        assertThat(history()).isEmpty();
        assertThat(publish(portfolio).outcome()).isEqualTo(Outcome.PUBLISHED);
    }

    @Test
    void theCacheKeepsNoCredentialInItsGitConfig() throws Exception {
        publish(portfolio);
        try (var files = Files.walk(tmp.resolve("cache"))) {
            Path config = files.filter(p -> p.endsWith(".git/config")).findFirst().orElseThrow();
            assertThat(Files.readString(config)).contains("url = " + bare.toUri()).doesNotContain("password");
        }
    }

    /** The portfolio at another path (another computer, or moved): the site on its own target is replaced, not refused. */
    @Test
    void theSamePortfolioPublishedFromAnotherFolderReplacesTheSiteItsTargetHolds() throws Exception {
        assertThat(publish(portfolio).outcome()).isEqualTo(Outcome.PUBLISHED);
        Path elsewhere = Files.createDirectories(tmp.resolve("laptop/turing"));
        Files.copy(SAMPLE.resolve("portfolio.json"), elsewhere.resolve("portfolio.json"));
        Portfolio renamed = portfolio.withProfile(portfolio.profile().toBuilder().position("Reader").build());
        var target = new PublishTarget(bare.toUri().toString(), "gh-pages", "https://turing.example.org/", "");
        var options = ExportOptions.defaults().withLastUpdated(java.time.LocalDate.of(2026, 1, 1));

        PublishResult result = new Publisher(new PublishCache(tmp.resolve("laptop/cache"))).publish(
                new PublishRequest(renamed, elsewhere, options, target, "", false, GitCredentials.none()),
                PublishProgress.SILENT, () -> false);

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.PUBLISHED);
        assertThat(history()).hasSize(2);
    }
}
