package org.scholarfolio.ui.publications;

import java.util.List;
import java.util.function.IntSupplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

import org.scholarfolio.model.Author;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.RecordList;
import org.scholarfolio.site.AuthorNames;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.RecordListViewModel;

/**
 * The author list of the selected publication, in order: names split as BibTeX splits them, the
 * equal-contribution and corresponding flags, and which entries are the researcher.
 */
public final class AuthorsViewModel extends RecordListViewModel<Author> {
    private final StringProperty given;
    private final StringProperty von;
    private final StringProperty family;
    private final StringProperty jr;
    private final StringProperty url;
    private final BooleanProperty equalContribution;
    private final BooleanProperty corresponding;

    AuthorsViewModel(EditorViewModel editor, IntSupplier publication) {
        super(editor, () -> valid(editor.portfolio(), publication.getAsInt())
                        ? "publications[" + publication.getAsInt() + "].authors" : null,
                p -> valid(p, publication.getAsInt()) ? p.publications().get(publication.getAsInt()).authors() : List.of(),
                (p, authors) -> withAuthors(p, publication.getAsInt(), authors));
        given = detailText("given", Author::given, (a, v) -> new Author(v, a.von(), a.family(), a.jr(),
                a.equalContribution(), a.corresponding(), a.otherMarks(), a.url(), a.unknownFields()));
        von = detailText("von", Author::von, (a, v) -> new Author(a.given(), v, a.family(), a.jr(),
                a.equalContribution(), a.corresponding(), a.otherMarks(), a.url(), a.unknownFields()));
        family = detailText("family", Author::family, (a, v) -> new Author(a.given(), a.von(), v, a.jr(),
                a.equalContribution(), a.corresponding(), a.otherMarks(), a.url(), a.unknownFields()));
        jr = detailText("jr", Author::jr, (a, v) -> new Author(a.given(), a.von(), a.family(), v,
                a.equalContribution(), a.corresponding(), a.otherMarks(), a.url(), a.unknownFields()));
        url = detailText("url", Author::url, Author::withUrl);
        equalContribution = detailFlag("equalContribution", Author::equalContribution, Author::withEqualContribution);
        corresponding = detailFlag("corresponding", Author::corresponding, Author::withCorresponding);
    }

    private static boolean valid(Portfolio p, int index) {
        return index >= 0 && index < p.publications().size();
    }

    private static Portfolio withAuthors(Portfolio p, int index, List<Author> authors) {
        if (!valid(p, index)) {
            return p;
        }
        // The one publication replaced; the others, and the arrays holding them, are shared (RecordList).
        Publication edited = p.publications().get(index).toBuilder().authors(authors).build();
        return p.withPublications(RecordList.of(p.publications()).with(index, edited));
    }

    /** Appends an empty author and selects it, ready for the name. */
    public void addAuthor() {
        addAt(Integer.MAX_VALUE, Author.of("", ""));
    }

    /** Called when another publication was selected. */
    void publicationChanged() {
        listReplaced();
    }

    /** True when the author is the researcher, by the profile's name and name variants. */
    public boolean isResearcher(Author author) {
        return new AuthorNames(editor.portfolio().profile()).isResearcher(author);
    }

    /** al-folio's markers after a name: * equal contribution, † corresponding, then any others. */
    public static String marks(Author a) {
        return (a.equalContribution() ? "*" : "") + (a.corresponding() ? "\u2020" : "") + a.otherMarks();
    }

    public StringProperty givenProperty() { return given; }
    public StringProperty vonProperty() { return von; }
    public StringProperty familyProperty() { return family; }
    public StringProperty jrProperty() { return jr; }
    public StringProperty urlProperty() { return url; }
    public BooleanProperty equalContributionProperty() { return equalContribution; }
    public BooleanProperty correspondingProperty() { return corresponding; }
}
