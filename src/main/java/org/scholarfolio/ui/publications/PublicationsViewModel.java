package org.scholarfolio.ui.publications;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.scholarfolio.model.Author;
import org.scholarfolio.model.CitationKeys;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Text;
import org.scholarfolio.model.LinkKind;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.RecordList;
import org.scholarfolio.model.PublicationBadges;
import org.scholarfolio.model.PublicationField;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.RecordListViewModel;
import org.scholarfolio.ui.ShownRows;

/** The publications table (filtered by a search text) and the form for the selected entry. */
public final class PublicationsViewModel extends RecordListViewModel<Publication> {
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ReadOnlyStringWrapper filterSummary = new ReadOnlyStringWrapper(this, "filterSummary", "");
    private final ShownRows<Row<Publication>> visibleRows = new ShownRows<>(rows());
    /** The search text of each current publication, by identity: lowercasing 10,000 entries per key press is slow. */
    private final Map<Publication, String> searchTexts = new IdentityHashMap<>();

    private final StringProperty citationKey;
    private final StringProperty entryType;
    private final StringProperty title;
    private final StringProperty authors;
    private final StringProperty year;
    private final StringProperty journal;
    private final StringProperty booktitle;
    private final StringProperty abbr;
    private final StringProperty doi;
    private final StringProperty abstractText;
    private final BooleanProperty selected;
    private final BooleanProperty bibtexShow;
    private final BooleanProperty andOthers;
    /** The plain text fields by JSON path below the publication, e.g. {@code month}, {@code links.pdf}. */
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    /** The check boxes by JSON key ({@code selected}). */
    private final Map<String, BooleanProperty> flags = new LinkedHashMap<>();
    /** The fields a generated citation key is made of (see {@link CitationKeys}). */
    private static final Set<PublicationField> KEY_PARTS = EnumSet.of(PublicationField.TITLE,
            PublicationField.AUTHORS, PublicationField.YEAR);
    private final AuthorsViewModel authorList;
    private final OwnLinksViewModel ownLinkList;
    /** Keys this editor made for new publications; they follow author, year and title until edited by hand. */
    private final Set<String> generatedKeys = new HashSet<>();
    /** The last authors' list the form showed as text, and that text (see {@link #formAuthorLines}). */
    private List<Author> linedAuthors;
    private String authorLinesText;
    private String[] authorLineTexts;

    public PublicationsViewModel(EditorViewModel editor) {
        super(editor, "publications", Portfolio::publications, Portfolio::withPublications);
        // Before the listener below: it asks which rows the new filter shows.
        searchText.addListener((obs, old, now) -> visibleRows.setFilter(matchingCached(now)));
        // The form never edits, and Delete never removes, a record the filter hides.
        searchText.addListener((obs, old, now) -> selectVisible());
        // Nor after an Undo, a Redo or a reload that adds or removes records: the selection is a place in the list,
        // and a record put back before it (Undo of a removal) moved a record the filter hides into that place. A
        // record edited out of the filter's reach (its title typed over) stays in the form: the typing goes on there.
        // After the rows (the constructor above made them follow the portfolio first): the rows shown are the new ones.
        editor.portfolioProperty().addListener((obs, old, now) -> {
            int selected = selectedIndexProperty().get();
            if (selected >= 0 && old.publications().size() != now.publications().size()
                    && !searchText.get().isBlank() && visibleRows.shownIndexOf(selected) < 0) {
                selectVisible();
            }
        });
        filterSummary.bind(Bindings.createStringBinding(() -> searchText.get().isBlank() ? ""
                : Text.number(visibleRows.size()) + " of " + Text.number(rows().size()) + " shown", searchText, visibleRows, rows()));
        // Another document shares no publication with this one: its texts go at once, not one by one.
        editor.documentNumberProperty().addListener((obs, old, now) -> searchTexts.clear());
        editor.portfolioProperty().addListener((obs, old, now) -> forgetReplaced(old.publications(), now.publications()));
        citationKey = text("citationKey", Publication::citationKey, Publication.Builder::citationKey);
        entryType = text("entryType", Publication::entryType, Publication.Builder::entryType);
        for (PublicationField f : PublicationField.values()) {
            switch (f.kind()) {
                case TEXT, MARKDOWN, VERBATIM, IDENTIFIER -> text(f.jsonKey(), p -> p.text(f), keyFollows(f, f::withText));
                case INTEGER, MONTH -> text(f.jsonKey(), f::asText, keyFollows(f, f::withTyped));
                case NAMES -> text(f.jsonKey(), p -> formAuthorLines(p.authors()),
                        keyFollows(f, (b, v) -> b.authors(parseAuthors(v, b.build().authors()))));
                case FLAG -> flags.put(f.jsonKey(), detailFlag(f.jsonKey(), f::flag, (p, v) -> f.withFlag(p.toBuilder(), v).build()));
                case OWN_LINKS -> { } // a list of its own (ownLinkList)
                case CITATION_COUNT -> { } // refreshed by a lookup, not typed
            }
        }
        title = fields.get(PublicationField.TITLE.jsonKey());
        authors = fields.get(PublicationField.AUTHORS.jsonKey());
        year = fields.get(PublicationField.YEAR.jsonKey());
        journal = fields.get(PublicationField.JOURNAL.jsonKey());
        booktitle = fields.get(PublicationField.BOOKTITLE.jsonKey());
        abbr = fields.get(PublicationField.ABBR.jsonKey());
        doi = fields.get(PublicationField.DOI.jsonKey());
        abstractText = fields.get(PublicationField.ABSTRACT.jsonKey());
        for (LinkKind link : LinkKind.values()) {
            text("links." + link.key(), p -> p.links().get(link), (b, v) -> b.links(b.build().links().with(link, v)));
        }
        for (String badge : BADGES) {
            text("badges." + badge, p -> badge(p.badges(), badge), (b, v) -> b.badges(withBadge(b.build().badges(), badge, v)));
        }
        selected = flags.get(PublicationField.SELECTED.jsonKey());
        bibtexShow = flags.get(PublicationField.BIBTEX_SHOW.jsonKey());
        andOthers = flags.get(PublicationField.AND_OTHERS.jsonKey());
        authorList = new AuthorsViewModel(editor, selectedIndexProperty()::get);
        selectedIndexProperty().addListener((obs, old, now) -> authorList.publicationChanged());
        ownLinkList = new OwnLinksViewModel(editor, selectedIndexProperty()::get);
        selectedIndexProperty().addListener((obs, old, now) -> ownLinkList.publicationChanged());
    }

    /** al-folio's metric badges. */
    public static final List<String> BADGES = List.of("altmetric", "dimensions", "googleScholarId", "inspirehepId");

    static String badge(PublicationBadges b, String name) {
        return switch (name) {
            case "altmetric" -> b.altmetric();
            case "dimensions" -> b.dimensions();
            case "googleScholarId" -> b.googleScholarId();
            case "inspirehepId" -> b.inspirehepId();
            default -> throw new IllegalArgumentException(name);
        };
    }

    static PublicationBadges withBadge(PublicationBadges b, String name, String v) {
        return new PublicationBadges(name.equals("altmetric") ? v : b.altmetric(),
                name.equals("dimensions") ? v : b.dimensions(), name.equals("googleScholarId") ? v : b.googleScholarId(),
                name.equals("inspirehepId") ? v : b.inspirehepId(), b.unknownFields());
    }

    private StringProperty text(String field, Function<Publication, String> get,
                                BiFunction<Publication.Builder, String, Publication.Builder> set) {
        StringProperty property = detailText(field, get, (p, v) -> set.apply(p.toBuilder(), v).build());
        fields.put(field, property);
        return property;
    }

    /**
     * Drops the search texts of publications an edit replaced or removed. An edit shares every
     * publication it did not touch, and the arrays holding them: a keystroke finds its one replaced
     * publication without a look at the others (RecordList.replaced) and makes one removal.
     */
    /** Above this many replaced publications (an Undo of a reload) their texts are dropped in one walk. */
    private static final int REPLACED_ONE_BY_ONE = 64;

    private void forgetReplaced(List<Publication> before, List<Publication> after) {
        if (before == after || searchTexts.isEmpty()) {
            return;
        }
        int[] replaced = RecordList.replaced(before, after, REPLACED_ONE_BY_ONE);
        if (replaced != null) {
            for (int i : replaced) {
                searchTexts.remove(before.get(i));
            }
            return;
        }
        if (before.size() == after.size()) {
            for (int i = 0; i < before.size(); i++) {
                Publication was = before.get(i);
                if (was != after.get(i)) {
                    searchTexts.remove(was);
                }
            }
            return;
        }
        // Added, removed (rarer than typing): keep the texts of the publications still there.
        Map<Publication, String> kept = new IdentityHashMap<>();
        for (Publication p : after) {
            String text = searchTexts.get(p);
            if (text != null) {
                kept.put(p, text);
            }
        }
        searchTexts.clear();
        searchTexts.putAll(kept);
    }

    /** Case-insensitive match of every word against title, authors, venue and year; null (no filter) for no word. */
    private Predicate<Row<Publication>> matchingCached(String query) {
        return matching(query, p -> searchTexts.computeIfAbsent(p, PublicationsViewModel::searchText));
    }

    /** What the search box looks in, lower case. */
    static String searchText(Publication p) {
        return String.join(" ", p.title(), authorLines(p.authors()), p.venue(), p.abbr(),
                p.year() == null ? "" : p.year().toString()).toLowerCase(Locale.ROOT);
    }

    private static Predicate<Row<Publication>> matching(String query, Function<Publication, String> text) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).strip().split("\\s+");
        if (Arrays.stream(words).allMatch(String::isEmpty)) {
            return null;
        }
        return row -> {
            String haystack = text.apply(row.value());
            for (String w : words) {
                if (!w.isEmpty() && !haystack.contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    /**
     * The authors field's text, made again only when the list is another one: every change to the
     * portfolio asks every field for its value, and a key typed into a title keeps the authors' list.
     */
    private String formAuthorLines(List<Author> authors) {
        if (authors == linedAuthors) {
            return authorLinesText;
        }
        // A key in one author's name keeps the other 4,999 Author objects: their lines are reused.
        String[] lines = new String[authors.size()];
        for (int i = 0; i < lines.length; i++) {
            Author a = authors.get(i);
            boolean kept = linedAuthors != null && i < linedAuthors.size() && linedAuthors.get(i) == a;
            lines[i] = kept ? authorLineTexts[i] : a.displayName();
        }
        authorLineTexts = lines;
        authorLinesText = String.join("\n", lines);
        linedAuthors = authors;
        return authorLinesText;
    }

    static String authorLines(List<Author> authors) {
        return String.join("\n", authors.stream().map(Author::displayName).toList());
    }

    /**
     * One author per line, "Given Family" or "Family, Given". A line that still reads as an
     * existing author keeps that author, with its markers and link.
     */
    static List<Author> parseAuthors(String text, List<Author> previous) {
        // Each name made once: a search of the list per line took a paper with 5,000 authors
        // 12.5 million names, seconds on the JavaFX thread after every change to the paper.
        Map<String, Author> byName = new HashMap<>();
        for (Author a : previous) {
            byName.putIfAbsent(a.displayName(), a);
        }
        List<Author> result = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            Author kept = byName.get(s);
            if (kept != null) {
                result.add(kept);
            } else if (s.contains(",")) {
                int comma = s.indexOf(',');
                result.add(Author.of(s.substring(comma + 1).strip(), s.substring(0, comma).strip()));
            } else {
                int space = s.lastIndexOf(' ');
                result.add(space < 0 ? Author.of("", s) : Author.of(s.substring(0, space).strip(), s.substring(space + 1)));
            }
        }
        return result;
    }

    static Integer parseYear(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Adds an empty article, selected for editing. Its citation key is made as JabRef makes one
     * (family name, year, first title word) and follows the author, year and title as they are
     * typed, until the key itself is edited.
     */
    public void addPublication() {
        Publication empty = Publication.builder("", "article").build();
        String key = CitationKeys.unique(empty, records().stream().map(Publication::citationKey).toList());
        generatedKeys.add(key);
        add(empty.toBuilder().citationKey(key).build());
    }

    /** The setter of a field, made to update a generated citation key when the key is made of the field. */
    private BiFunction<Publication.Builder, String, Publication.Builder> keyFollows(PublicationField field,
            BiFunction<Publication.Builder, String, Publication.Builder> set) {
        return KEY_PARTS.contains(field) ? keyFollows(set) : set;
    }

    /** A setter for a field the citation key is made of: a generated key is made again. */
    private BiFunction<Publication.Builder, String, Publication.Builder> keyFollows(
            BiFunction<Publication.Builder, String, Publication.Builder> set) {
        return (b, v) -> {
            String before = b.build().citationKey();
            Publication after = set.apply(b, v).build();
            if (!generatedKeys.contains(before)) {
                return after.toBuilder();
            }
            int selected = selectedIndexProperty().get();
            List<String> others = new ArrayList<>();
            List<Publication> all = records();
            for (int i = 0; i < all.size(); i++) {
                if (i != selected) {
                    others.add(all.get(i).citationKey());
                }
            }
            String key = CitationKeys.unique(after, others);
            generatedKeys.add(key);
            return after.toBuilder().citationKey(key);
        };
    }

    private void selectVisible() {
        int selected = selectedIndexProperty().get();
        if (visibleRows.stream().noneMatch(r -> r.index() == selected)) {
            selectedIndexProperty().set(visibleRows.isEmpty() ? -1 : visibleRows.get(0).index());
        }
    }

    /** Removes the selected publication only while the filter shows it. */
    @Override
    public void removeSelected() {
        int selected = selectedIndexProperty().get();
        if (visibleRows.stream().anyMatch(r -> r.index() == selected)) {
            super.removeSelected();
            selectVisible();
        }
    }

    /** Removes those of the publications at {@code indices} that the filter shows, one undo step. */
    @Override
    public void removeRecords(Collection<Integer> indices) {
        List<Integer> shown = indices.stream().filter(i -> visibleRows.shownIndexOf(i) >= 0).toList();
        if (!shown.isEmpty()) {
            super.removeRecords(shown);
            selectVisible();
        }
    }

    public void clearFilter() {
        searchText.set("");
    }

    /** "2 of 9 shown" while a filter is on, empty otherwise. */
    public ReadOnlyStringProperty filterSummaryProperty() { return filterSummary.getReadOnlyProperty(); }
    public ShownRows<Row<Publication>> visibleRows() { return visibleRows; }
    public StringProperty searchTextProperty() { return searchText; }
    public StringProperty citationKeyProperty() { return citationKey; }
    public StringProperty entryTypeProperty() { return entryType; }
    public StringProperty titleProperty() { return title; }
    public StringProperty authorsProperty() { return authors; }
    public StringProperty yearProperty() { return year; }
    public StringProperty journalProperty() { return journal; }
    public StringProperty booktitleProperty() { return booktitle; }
    public StringProperty abbrProperty() { return abbr; }
    public StringProperty doiProperty() { return doi; }
    public StringProperty abstractTextProperty() { return abstractText; }
    public BooleanProperty selectedProperty() { return selected; }
    public BooleanProperty bibtexShowProperty() { return bibtexShow; }
    public BooleanProperty andOthersProperty() { return andOthers; }
    public AuthorsViewModel authorList() { return authorList; }
    public OwnLinksViewModel ownLinkList() { return ownLinkList; }

    /** A check box of the selected publication by its JSON key ({@code selected}). */
    public BooleanProperty flag(String key) {
        BooleanProperty p = flags.get(key);
        if (p == null) {
            throw new IllegalArgumentException("no flag " + key);
        }
        return p;
    }

    /** A text field of the selected publication by its JSON path below it ({@code month}, {@code links.pdf}). */
    public StringProperty field(String path) {
        StringProperty p = fields.get(path);
        if (p == null) {
            throw new IllegalArgumentException("no text field " + path);
        }
        return p;
    }
}
