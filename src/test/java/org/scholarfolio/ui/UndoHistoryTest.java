package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.SiteSettings;

class UndoHistoryTest {

    private static Portfolio titled(String title) {
        Portfolio p = Portfolio.empty();
        return p.withSite(p.site().toBuilder().title(title).build());
    }

    @Test
    void freshHistoryIsCleanAndCannotUndoOrRedo() {
        UndoHistory h = new UndoHistory(Portfolio.empty());
        assertThat(h.isDirty()).isFalse();
        assertThat(h.canUndoProperty().get()).isFalse();
        assertThat(h.canRedoProperty().get()).isFalse();
    }

    @Test
    void undoAndRedoWalkThroughEachStep() {
        UndoHistory h = new UndoHistory(Portfolio.empty());
        h.apply(titled("a"), null);
        h.apply(titled("b"), null);

        h.undo();
        assertThat(h.current().site().title()).isEqualTo("a");
        h.undo();
        assertThat(h.current()).isEqualTo(Portfolio.empty());
        assertThat(h.canUndoProperty().get()).isFalse();
        h.redo();
        assertThat(h.current().site().title()).isEqualTo("a");
        h.redo();
        assertThat(h.current().site().title()).isEqualTo("b");
        assertThat(h.canRedoProperty().get()).isFalse();
    }

    @Test
    void keystrokesInOneFieldBecomeOneStep() {
        UndoHistory h = new UndoHistory(Portfolio.empty());
        h.apply(titled("A"), "site.title");
        h.apply(titled("Ad"), "site.title");
        h.apply(titled("Ada"), "site.title");

        h.undo();
        assertThat(h.current()).isEqualTo(Portfolio.empty());
    }

    @Test
    void anotherFieldOrClosedStepStartsANewStep() {
        UndoHistory h = new UndoHistory(Portfolio.empty());
        h.apply(titled("A"), "site.title");
        h.closeStep();
        h.apply(titled("Ad"), "site.title");
        Portfolio withLanguage = titled("Ad").withSite(titled("Ad").site().toBuilder().language("de").build());
        h.apply(withLanguage, "site.language");

        h.undo();
        assertThat(h.current().site().title()).isEqualTo("Ad");
        h.undo();
        assertThat(h.current().site().title()).isEqualTo("A");
    }

    @Test
    void typingAfterUndoDoesNotJoinTheUndoneStep() {
        UndoHistory h = new UndoHistory(Portfolio.empty());
        h.apply(titled("A"), "site.title");
        h.undo();
        h.apply(titled("B"), "site.title");
        h.apply(titled("Bo"), "site.title");

        h.undo();
        assertThat(h.current()).isEqualTo(Portfolio.empty());
        assertThat(h.canRedoProperty().get()).isTrue();
    }

    @Test
    void newEditClearsRedo() {
        UndoHistory h = new UndoHistory(Portfolio.empty());
        h.apply(titled("a"), null);
        h.undo();
        h.apply(titled("b"), null);
        assertThat(h.canRedoProperty().get()).isFalse();
    }

    @Test
    void dirtyFollowsTheSavedSnapshotThroughUndo() {
        UndoHistory h = new UndoHistory(Portfolio.empty());
        h.apply(titled("a"), null);
        assertThat(h.isDirty()).isTrue();
        h.markSaved();
        assertThat(h.isDirty()).isFalse();
        h.undo();
        assertThat(h.isDirty()).isTrue();
        h.redo();
        assertThat(h.isDirty()).isFalse();
    }

    @Test
    void aSnapshotSavedWhileEditingWentOnLeavesTheLaterEditsUnsaved() {
        UndoHistory h = new UndoHistory(Portfolio.empty());
        h.apply(titled("a"), null);
        Portfolio beingSaved = h.current();
        h.apply(titled("ab"), null);

        h.markSaved(beingSaved);

        assertThat(h.saved()).isSameAs(beingSaved);
        assertThat(h.savedProperty().get()).isSameAs(beingSaved);
        assertThat(h.isDirty()).isTrue();
        h.undo();
        assertThat(h.isDirty()).isFalse();
    }

    @Test
    void applyingAnEqualSnapshotRecordsNothing() {
        UndoHistory h = new UndoHistory(Portfolio.empty());
        h.apply(Portfolio.empty().withSite(SiteSettings.DEFAULT), null);
        assertThat(h.canUndoProperty().get()).isFalse();
        assertThat(h.isDirty()).isFalse();
    }

    @Test
    void oldestStepsAreDroppedBeyondTheLimit() {
        UndoHistory h = new UndoHistory(Portfolio.empty());
        for (int i = 0; i <= UndoHistory.MAX_STEPS + 10; i++) {
            h.apply(titled("t" + i), null);
        }
        int undone = 0;
        while (h.canUndoProperty().get()) {
            h.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(UndoHistory.MAX_STEPS);
    }
}
