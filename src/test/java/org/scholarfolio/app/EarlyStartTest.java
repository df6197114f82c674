package org.scholarfolio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.PortfolioFiles;

/** The portfolio read before the toolkit starts is the one the window opens, read once. */
class EarlyStartTest {
    @TempDir
    Path dir;

    @Test
    void theFirstOpenTakesThePortfolioReadEarlyAndLaterOpensReadTheFile() throws Exception {
        Portfolio saved = Portfolio.empty().withProfile(Portfolio.empty().profile().toBuilder()
                .name(new PersonName("Ada", "", "Lovelace")).build());
        PortfolioStore.save(dir, saved);
        EarlyStart early = EarlyStart.begin(dir, new StorePortfolioFiles());
        early.preview().get(60, TimeUnit.SECONDS);
        // Changed after the early read: the first open still answers what was read then, the next reads anew.
        PortfolioStore.save(dir, Portfolio.empty());
        PortfolioFiles files = early.files();

        assertThat(files.open(dir).portfolio()).isEqualTo(saved);
        assertThat(files.open(dir).portfolio()).isEqualTo(Portfolio.empty());
    }

    @Test
    void readsBelowTheNormalPrioritySoThatTheWindowsFramesComeFirstButAsWorkThePersonWaitsFor() throws Exception {
        PortfolioStore.save(dir, Portfolio.empty());
        int[] readAt = {-1};
        PortfolioFiles store = new StorePortfolioFiles();
        EarlyStart early = EarlyStart.begin(dir, new PortfolioFiles() {
            @Override
            public Opened open(Path folderOrJson) throws IOException {
                readAt[0] = Thread.currentThread().getPriority();
                return store.open(folderOrJson);
            }

            @Override
            public void save(Path jsonFile, Portfolio portfolio) throws IOException {
                store.save(jsonFile, portfolio);
            }
        });
        early.preview().get(60, TimeUnit.SECONDS);

        assertThat(readAt[0]).isEqualTo(org.scholarfolio.ui.YieldingThreads.AWAITED);
    }

    /**
     * Seen in a real window: another program's change to the portfolio opened at the start went unnoticed while the
     * window was open. The early files answered "not changed" for every file, the default, instead of asking the store.
     */
    @Test
    void anotherProgramsChangeToThePortfolioReadEarlyIsTold() throws Exception {
        PortfolioStore.save(dir, Portfolio.empty());
        EarlyStart early = EarlyStart.begin(dir, new StorePortfolioFiles());
        PortfolioFiles files = early.files();
        Path json = files.open(dir).file();
        assertThat(files.changedOnDisk(json)).isFalse();

        PortfolioStore.save(dir, Portfolio.empty().withProfile(Portfolio.empty().profile().toBuilder()
                .subtitle("written by another program").build()));
        assertThat(files.changedOnDisk(json)).isTrue();
    }

    /**
     * Seen in a real window: Compare in the changed-on-disk question, then Cancel, and the next save
     * wrote over the other program's change without asking. The comparison's read went through the
     * files' open, which takes the file as now seen; it must only look.
     */
    @Test
    void lookingAtTheFileAsItIsNowLeavesTheNextSaveAskingAboutAnotherProgramsChange() throws Exception {
        PortfolioStore.save(dir, Portfolio.empty());
        EarlyStart early = EarlyStart.begin(dir, new StorePortfolioFiles());
        PortfolioFiles files = early.files();
        Path json = files.open(dir).file();
        Portfolio theirs = Portfolio.empty().withProfile(Portfolio.empty().profile().toBuilder()
                .subtitle("written by another program").build());
        PortfolioStore.save(dir, theirs);

        assertThat(files.look(json)).isEqualTo(theirs);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> files.save(json, Portfolio.empty()))
                .isInstanceOf(org.scholarfolio.ui.FileChangedOnDiskException.class);
        assertThat(PortfolioStore.load(dir).portfolio()).isEqualTo(theirs);
    }

    @Test
    void whatWaitsForTheReadRunsOnlyOnceTheReadHasEnded() throws Exception {
        PortfolioStore.save(dir, Portfolio.empty());
        GatedPortfolioFiles gated = new GatedPortfolioFiles();
        gated.close();
        EarlyStart early = EarlyStart.begin(dir, gated);
        java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
        early.whenRead(ran::countDown);

        assertThat(ran.await(300, TimeUnit.MILLISECONDS)).isFalse();
        gated.open();
        assertThat(ran.await(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void withNothingToReadWhatWaitsForTheReadRunsAtOnce() throws Exception {
        EarlyStart early = EarlyStart.begin(null, new StorePortfolioFiles());
        java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
        early.whenRead(ran::countDown);

        assertThat(ran.await(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFileThatCannotBeReadEarlyIsReadAgainAndItsErrorReported() throws Exception {
        Files.writeString(dir.resolve("portfolio.json"), "{ not json");
        EarlyStart early = EarlyStart.begin(dir, new StorePortfolioFiles());
        early.preview().get(60, TimeUnit.SECONDS);

        assertThatThrownBy(() -> early.files().open(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("portfolio.json");
    }

    @Test
    void theWarmUpRendersASmallPartOfALargePortfolioWithItsSelectedPublications() {
        Portfolio large = PortfolioGenerator.generate(1000, 500, PortfolioGenerator.DEFAULT_SEED);
        assertThat(large.publications()).anyMatch(Publication::selected);

        Portfolio sample = EarlyStart.warmUpSample(large);

        assertThat(sample.publications()).hasSize(EarlyStart.WARM_UP_RECORDS)
                .anyMatch(Publication::selected).anyMatch(p -> !p.selected());
        assertThat(large.publications()).containsAll(sample.publications());
        assertThat(sample.news()).hasSize(EarlyStart.WARM_UP_RECORDS);
        assertThat(sample.profile()).isEqualTo(large.profile());
        assertThat(sample.site()).isEqualTo(large.site());
        assertThat(sample.pages()).isEqualTo(large.pages());
    }

    @Test
    void aSmallPortfolioIsWarmedUpWhole() {
        Portfolio small = PortfolioGenerator.generate(20, 10, PortfolioGenerator.DEFAULT_SEED);

        assertThat(EarlyStart.warmUpSample(small)).isSameAs(small);
    }

    @Test
    void theWindowsRenderOfTheSmallPortfolioReadIsTheWarmUpsPageUntilAnotherIsRendered() throws Exception {
        Portfolio small = PortfolioGenerator.generate(20, 10, PortfolioGenerator.DEFAULT_SEED);
        PortfolioStore.save(dir, small);
        EarlyStart early = EarlyStart.begin(dir, new StorePortfolioFiles());
        org.scholarfolio.site.PagePreview pages = early.preview().get(60, TimeUnit.SECONDS);
        Portfolio read = early.files().open(dir).portfolio();
        Path folder = dir.toAbsolutePath();
        org.scholarfolio.site.SitePage home = org.scholarfolio.site.SitePage.home();

        String ahead = early.takePageAhead(read, folder, home);
        assertThat(ahead).isEqualTo(pages.render(read, folder, home));
        // Neither the empty window's page before the open nor another page of it drops it.
        assertThat(early.takePageAhead(Portfolio.empty(), null, home)).isNull();
        assertThat(early.takePageAhead(read, folder, org.scholarfolio.site.SitePage.publications())).isNull();
        assertThat(early.takePageAhead(read, folder, home)).isSameAs(ahead);
        // An equal portfolio is not the one read: after an edit the page is rendered, and never taken again.
        Portfolio edited = read.withPublications(read.publications().subList(1, read.publications().size()));
        assertThat(early.takePageAhead(edited, folder, home)).isNull();
        assertThat(early.takePageAhead(read, folder, home)).isNull();
    }

    @Test
    void aLargePortfoliosWarmUpPageIsNeverTaken() throws Exception {
        Portfolio large = PortfolioGenerator.generate(200, 10, PortfolioGenerator.DEFAULT_SEED);
        PortfolioStore.save(dir, large);
        EarlyStart early = EarlyStart.begin(dir, new StorePortfolioFiles());
        early.preview().get(60, TimeUnit.SECONDS);
        Portfolio read = early.files().open(dir).portfolio();

        assertThat(early.takePageAhead(read, dir.toAbsolutePath(), org.scholarfolio.site.SitePage.home())).isNull();
    }
}
