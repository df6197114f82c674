package org.scholarfolio.ui.publications;

import java.util.List;
import java.util.function.IntSupplier;

import javafx.beans.property.StringProperty;

import org.scholarfolio.model.OwnLink;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.model.RecordList;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.RecordListViewModel;

/**
 * The selected publication's links of its own ("Talk", "Dataset"), in the order of their buttons:
 * add, remove, move, and each one's label and address. Every change is one Undo step, as the
 * authors' are; the validator's problems land on {@code publications[i].ownLinks[j].label} / {@code .url}.
 */
public final class OwnLinksViewModel extends RecordListViewModel<OwnLink> {
    private static final String LIST = PublicationField.OWN_LINKS.jsonKey();
    private final StringProperty label;
    private final StringProperty url;

    OwnLinksViewModel(EditorViewModel editor, IntSupplier publication) {
        super(editor, () -> valid(editor.portfolio(), publication.getAsInt())
                        ? "publications[" + publication.getAsInt() + "]." + LIST : null,
                p -> valid(p, publication.getAsInt()) ? p.publications().get(publication.getAsInt()).links().own() : List.of(),
                (p, links) -> withOwnLinks(p, publication.getAsInt(), links));
        label = detailText("label", OwnLink::label, OwnLink::withLabel);
        url = detailText("url", OwnLink::url, OwnLink::withUrl);
    }

    private static boolean valid(Portfolio p, int index) {
        return index >= 0 && index < p.publications().size();
    }

    private static Portfolio withOwnLinks(Portfolio p, int index, List<OwnLink> links) {
        if (!valid(p, index)) {
            return p;
        }
        Publication old = p.publications().get(index);
        Publication edited = old.toBuilder().links(old.links().withOwn(links)).build();
        return p.withPublications(RecordList.of(p.publications()).with(index, edited));
    }

    /** Appends an empty link and selects it, ready for its label. */
    public void addLink() {
        addAt(Integer.MAX_VALUE, OwnLink.of("", ""));
    }

    /** Called when another publication was selected. */
    void publicationChanged() {
        listReplaced();
    }

    public StringProperty labelProperty() { return label; }
    public StringProperty urlProperty() { return url; }
}
