package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Portfolio;

/** A save checks that the file on disk is still the one it loaded, and never overwrites another writer's change. */
class SaveOverTest {
    @TempDir
    Path dir;

    @Test
    void aSaveOverAnUnchangedFileWritesAndReturnsTheNewBaseline() throws Exception {
        PortfolioStore.save(dir, Portfolio.empty());
        LoadedPortfolio loaded = PortfolioStore.load(dir);
        Portfolio next = withName(loaded.portfolio(), "Ada");
        String hash = PortfolioStore.saveOver(loaded, next);
        LoadedPortfolio again = PortfolioStore.load(dir);
        assertThat(again.contentHash()).isEqualTo(hash);
        assertThat(again.portfolio().profile().name().display()).isEqualTo("Ada");
        // and a second save from the new baseline goes through too
        PortfolioStore.saveOver(loaded.file(), hash, withName(next, "Ada Lovelace"));
    }

    @Test
    void aSaveOverAFileSomeoneElseChangedIsRefusedAndTheirVersionStays() throws Exception {
        PortfolioStore.save(dir, Portfolio.empty());
        LoadedPortfolio mine = PortfolioStore.load(dir);
        LoadedPortfolio theirs = PortfolioStore.load(dir);
        PortfolioStore.saveOver(theirs, withName(theirs.portfolio(), "Theirs"));
        byte[] theirBytes = Files.readAllBytes(mine.file());

        assertThatThrownBy(() -> PortfolioStore.saveOver(mine, withName(mine.portfolio(), "Mine")))
                .isInstanceOf(PortfolioChangedException.class)
                .hasMessageContaining("was changed by another program since it was loaded; it was not overwritten");
        assertThat(Files.readAllBytes(mine.file())).isEqualTo(theirBytes);
        assertThat(PortfolioLock.lockFileOf(mine.file())).doesNotExist();
    }

    private static Portfolio withName(Portfolio p, String name) {
        return p.withProfile(p.profile().toBuilder().name(new org.scholarfolio.model.PersonName(name, "", "")).build());
    }
}
