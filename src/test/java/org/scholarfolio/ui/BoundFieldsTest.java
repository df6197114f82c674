package org.scholarfolio.ui;

import static org.scholarfolio.testing.PortfolioEdits.withBio;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Portfolio;

/**
 * A bound field keeps typed text that means the model value, without parsing it again for each
 * change elsewhere, and shows a new model value without parsing the text it had shown itself (for
 * a paper's 5,000 authors each parse is a stall on the JavaFX thread).
 */
class BoundFieldsTest {
    private final EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
    private final BoundFields fields = new BoundFields(editor);
    /** How often the field's text was turned into a portfolio (the parse). */
    private final AtomicInteger parses = new AtomicInteger();
    /** The bio as a list-like field: spaces around it mean nothing, as a blank line ends a list of authors. */
    private final StringProperty bio = fields.text(() -> "bio", p -> p.profile().bio(), (p, v) -> {
        parses.incrementAndGet();
        return withBio(p, v.strip());
    });

    private void editPosition(String position) {
        editor.edit("position", p -> p.withProfile(p.profile().toBuilder().position(position).build()));
    }

    @Test
    void typedTextThatMeansTheValueStaysAndIsNotParsedAgainForChangesElsewhere() {
        bio.set("Ada ");
        assertThat(editor.portfolio().profile().bio()).isEqualTo("Ada");
        int afterTyping = parses.get();

        editPosition("Reader");
        editPosition("Professor");
        editPosition("Emerita");

        assertThat(bio.get()).isEqualTo("Ada ");
        assertThat(parses.get()).isEqualTo(afterTyping);
    }

    @Test
    void aNewValueFromOutsideReplacesTheFieldsOwnTextWithoutParsingIt() {
        editor.edit("undo", p -> withBio(p, "First"));
        editor.edit("undo", p -> withBio(p, "Second"));

        assertThat(bio.get()).isEqualTo("Second");
        assertThat(parses.get()).isZero();
    }

    @Test
    void typedTextThatNoLongerMeansTheValueIsReplaced() {
        bio.set("Ada ");
        editor.edit("undo", p -> withBio(p, "Grace"));

        assertThat(bio.get()).isEqualTo("Grace");

        editPosition("Reader");
        bio.set("Grace  ");
        editor.edit("undo", p -> withBio(p, "Grace"));
        assertThat(bio.get()).isEqualTo("Grace  ");
    }
}
