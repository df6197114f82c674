package org.scholarfolio.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.Section;

class ProblemsViewModelTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            publications[3].citationKey, PUBLICATIONS, 3
            news[0].date,                NEWS,         0
            pages[12],                   PAGES,        12
            site.baseUrl,                SITE,         -1
            profile.email,               PROFILE,      -1
            """)
    void pathsPointToTheirSectionAndRecord(String path, Section section, int index) {
        assertThat(ProblemsViewModel.locate(FieldPath.parse(path), Portfolio.empty())).isEqualTo(new ProblemsViewModel.Location(section, index));
    }

    @Test
    void aRecordNamedByItsKeyIsFoundInThePortfolio() {
        Portfolio portfolio = Portfolio.empty().withPublications(List.of(Publication.builder("a", "misc").build(),
                Publication.builder("turing1950computing", "article").build()));
        assertThat(ProblemsViewModel.locate(FieldPath.parse("publications[turing1950computing].links.pdf"), portfolio))
                .isEqualTo(new ProblemsViewModel.Location(Section.PUBLICATIONS, 1));
        assertThat(ProblemsViewModel.locate(FieldPath.parse("publications[gone].title"), portfolio))
                .isEqualTo(new ProblemsViewModel.Location(Section.PUBLICATIONS, -1));
    }

    @Test
    void problemsFollowEdits() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        ProblemsViewModel vm = new ProblemsViewModel(editor);
        editor.edit(null, p -> p.withProfile(p.profile().toBuilder().position("Professor").build()));
        assertThat(vm.problems()).extracting(Diagnostic::path).contains("profile.name");
        int before = vm.errorCountProperty().get();

        editor.edit(null, p -> p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build()));

        assertThat(vm.problems()).extracting(Diagnostic::path).doesNotContain("profile.name");
        assertThat(vm.errorCountProperty().get()).isEqualTo(before - 1);
        assertThat(vm.countFor(Section.PROFILE)).isEqualTo(vm.problems().stream()
                .filter(p -> p.path().startsWith("profile")).count());
    }

    @Test
    void aPaperWithoutAuthorsIsListedAtItsRecordUntilOneIsAdded() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        ProblemsViewModel vm = new ProblemsViewModel(editor);
        editor.edit(null, p -> p.withPublications(List.of(Publication.builder("anon2001", "article").title("T").year(2001).build())));
        assertThat(vm.problems()).filteredOn(d -> d.path().equals("publications[0].authors")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("anon2001", "no authors"));
        assertThat(ProblemsViewModel.locate(FieldPath.parse("publications[0].authors"), editor.portfolio()))
                .isEqualTo(new ProblemsViewModel.Location(Section.PUBLICATIONS, 0));

        editor.edit(null, p -> p.withPublications(List.of(p.publications().get(0).toBuilder()
                .authors(List.of(org.scholarfolio.model.Author.of("Ada", "Lovelace"))).build())));
        assertThat(vm.problems()).extracting(Diagnostic::path).doesNotContain("publications[0].authors");
    }

    @Test
    void aBadEmbedHostIsListedAtTheSiteScreen() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        ProblemsViewModel vm = new ProblemsViewModel(editor);
        editor.edit(null, p -> p.withSite(p.site().toBuilder().embedHosts(java.util.List.of("www.youtube.com:443")).build()));
        assertThat(vm.problems()).filteredOn(d -> d.path().equals("site.embedHosts[0]")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("www.youtube.com:443", "port"));
        assertThat(ProblemsViewModel.locate(FieldPath.parse("site.embedHosts[0]"), Portfolio.empty()))
                .isEqualTo(new ProblemsViewModel.Location(Section.SITE, -1));
        assertThat(vm.countFor(Section.SITE)).isEqualTo(1);

        editor.edit(null, p -> p.withSite(p.site().toBuilder().embedHosts(java.util.List.of("www.youtube.com")).build()));
        assertThat(vm.problems()).extracting(Diagnostic::path).doesNotContain("site.embedHosts[0]");
    }

    /** Checked in the background: only the latest change is checked, and only its problems are shown. */
    @Test
    void checkedInTheBackgroundOnlyTheLatestChangeIsCheckedAndShown() {
        Portfolio started = Portfolio.empty().withProfile(Portfolio.empty().profile().toBuilder().position("Professor").build());
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), started, null);
        ProblemsViewModel vm = new ProblemsViewModel(editor);
        java.util.ArrayDeque<Runnable> background = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Runnable> ui = new java.util.ArrayDeque<>();
        vm.checkOn(background::add, ui::add);

        editor.edit(null, p -> p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "")).build()));
        editor.edit(null, p -> p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build()));
        assertThat(background).as("one checker for both changes").hasSize(1);
        assertThat(vm.problems()).extracting(Diagnostic::path).as("nothing shown before it is checked").contains("profile.name");

        background.poll().run();
        assertThat(ui).as("the first change was overtaken before it was checked").hasSize(1);
        ui.poll().run();
        assertThat(vm.problems()).extracting(Diagnostic::path).doesNotContain("profile.name");

        editor.edit(null, p -> p.withProfile(p.profile().toBuilder().name(PersonName.EMPTY).build()));
        background.poll().run();
        Runnable stale = ui.poll();
        editor.edit(null, p -> p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "King")).build()));
        stale.run();
        assertThat(vm.problems()).extracting(Diagnostic::path).as("a result overtaken by a later change is dropped")
                .doesNotContain("profile.name");
    }

    @Test
    void aNewUntitledDocumentThatNothingWasTypedIntoHasNoProblems() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        ProblemsViewModel vm = new ProblemsViewModel(editor);
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.countFor(Section.PROFILE)).isZero();

        editor.edit(null, p -> p.withPublications(List.of(Publication.builder("a", "misc").title("T").build())));
        assertThat(vm.problems()).extracting(Diagnostic::path).contains("profile.name");

        editor.history().undo();
        assertThat(vm.problems()).as("back to the blank document").isEmpty();
    }

    @Test
    void aBadBaseUrlCountsForTheSiteSection() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        ProblemsViewModel vm = new ProblemsViewModel(editor);
        editor.edit(null, p -> p.withSite(p.site().toBuilder().baseUrl("ftp://example.org").build()));
        assertThat(vm.countFor(Section.SITE)).isEqualTo(1);
        assertThat(List.copyOf(vm.problems())).anyMatch(p -> p.path().equals("site.baseUrl"));
    }

    /** Each change is reported again from the publication it replaced: a problem added, fixed, a duplicate key made and removed. */
    @Test
    void aChangeToOnePublicationIsReportedAgain() {
        Portfolio started = Portfolio.empty().withProfile(Portfolio.empty().profile().toBuilder()
                .name(new PersonName("Ada", "", "Lovelace")).build()).withPublications(List.of(
                Publication.builder("lovelace1843", "article").title("Notes").year(1843)
                        .authors(List.of(org.scholarfolio.model.Author.of("Ada", "Lovelace"))).build(),
                Publication.builder("babbage1864", "book").title("Passages").year(1864)
                        .authors(List.of(org.scholarfolio.model.Author.of("Charles", "Babbage"))).build()));
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), started, null);
        ProblemsViewModel vm = new ProblemsViewModel(editor);
        assertThat(vm.problems()).isEmpty();

        editor.edit(null, p -> p.withPublications(List.of(p.publications().get(0),
                p.publications().get(1).toBuilder().year(3000).build())));
        assertThat(vm.problems()).extracting(Diagnostic::path).containsExactly("publications[1].year");

        editor.edit(null, p -> p.withPublications(List.of(p.publications().get(0),
                p.publications().get(1).toBuilder().year(1864).citationKey("Lovelace1843").build())));
        assertThat(vm.problems()).extracting(Diagnostic::message)
                .containsExactly("the citation key \"Lovelace1843\" is also used by publications[0]");

        editor.edit(null, p -> p.withPublications(List.of(p.publications().get(0),
                p.publications().get(1).toBuilder().citationKey("babbage1864").build())));
        assertThat(vm.problems()).isEmpty();

        editor.edit(null, p -> p.withPublications(List.of(p.publications().get(1), p.publications().get(1))));
        assertThat(vm.problems()).extracting(Diagnostic::path).containsExactly("publications[1].citationKey");
        editor.history().undo();
        assertThat(vm.problems()).isEmpty();
    }

    @Test
    void nestedIndexFindsTheItemInsideARecord() {
        assertThat(ProblemsViewModel.nestedIndex(FieldPath.parse("publications[0].authors[2].url"), "authors")).hasValue(2);
        assertThat(ProblemsViewModel.nestedIndex(FieldPath.parse("profile.socialLinks[1].value"), "socialLinks")).hasValue(1);
        assertThat(ProblemsViewModel.nestedIndex(FieldPath.parse("publications[0].title"), "authors")).isEmpty();
    }

    /**
     * Edits that add and remove problems in a portfolio with hundreds of them: the list is always
     * what the command line's check gives, with the counts per section and the errors, and each edit
     * changes only the entries of the record it changed, not the whole list.
     */
    @Test
    void editsThatAddAndRemoveProblemsChangeOnlyTheirEntries() {
        Portfolio start = org.scholarfolio.generator.PortfolioGenerator.generate(3_000, 40,
                org.scholarfolio.generator.PortfolioGenerator.DEFAULT_SEED);
        org.scholarfolio.model.RecordList<Publication> pubs = org.scholarfolio.model.RecordList.of(start.publications());
        for (int i = 0; i < pubs.size(); i += 10) {
            pubs = pubs.with(i, pubs.get(i).toBuilder().title("").build());
        }
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), start.withPublications(pubs), null);
        ProblemsViewModel vm = new ProblemsViewModel(editor);
        assertThat(vm.problems()).hasSize(300);
        int[] touched = {0};
        vm.problems().addListener((javafx.collections.ListChangeListener<Diagnostic>) c -> {
            while (c.next()) {
                touched[0] += c.getRemovedSize() + c.getAddedSize();
            }
        });
        List<java.util.function.UnaryOperator<Portfolio>> edits = List.of(
                p -> retitled(p, 5, ""),                 // a warning added
                p -> retitled(p, 5, "A title again"),    // and gone
                p -> retitled(p, 20, "Titled at last"),  // one of the 300 gone
                p -> p.withPublications(org.scholarfolio.model.RecordList.of(p.publications())
                        .with(7, p.publications().get(7).toBuilder().year(1200).build())),
                p -> p.withPublications(org.scholarfolio.model.RecordList.of(p.publications())   // a duplicate key: an error
                        .with(9, p.publications().get(9).toBuilder().citationKey(p.publications().get(8).citationKey()).build())),
                p -> p.withPublications(org.scholarfolio.model.RecordList.of(p.publications())
                        .with(9, p.publications().get(9).toBuilder().citationKey("unique2026key").build())),
                p -> p.withProfile(p.profile().toBuilder().name(new PersonName("", "", "")).build()));
        for (var edit : edits) {
            touched[0] = 0;
            editor.edit(null, edit);

            List<Diagnostic> expected = org.scholarfolio.model.validation.PortfolioValidator.validate(editor.portfolio(), null);
            assertThat(vm.problems()).containsExactlyElementsOf(expected);
            assertThat(touched[0]).as("entries replaced in the list").isBetween(1, 4);
            assertThat(vm.errorCountProperty().get()).isEqualTo((int) expected.stream().filter(Diagnostic::isError).count());
            for (Section s : Section.values()) {
                assertThat(vm.countFor(s)).as("%s", s)
                        .isEqualTo(expected.stream().filter(d -> ProblemsViewModel.locate(d.field(), editor.portfolio()).section() == s).count());
            }
        }
    }

    private static Portfolio retitled(Portfolio p, int index, String title) {
        return p.withPublications(org.scholarfolio.model.RecordList.of(p.publications())
                .with(index, p.publications().get(index).toBuilder().title(title).build()));
    }

    @Test
    void theListIsChangedBetweenItsCommonStartAndEnd() {
        Diagnostic a = Diagnostic.warning(FieldPath.parse("publications[0].title"), "a");
        Diagnostic b = Diagnostic.warning(FieldPath.parse("publications[1].title"), "b");
        Diagnostic c = Diagnostic.warning(FieldPath.parse("publications[2].title"), "c");
        Diagnostic d = Diagnostic.error(FieldPath.parse("publications[3].citationKey"), "d");
        for (List<Diagnostic> from : List.of(List.<Diagnostic>of(), List.of(a), List.of(a, b, c), List.of(a, c), List.of(d, a))) {
            for (List<Diagnostic> to : List.of(List.<Diagnostic>of(), List.of(a, b, c), List.of(a, d, c), List.of(b), List.of(c, c, a))) {
                List<Diagnostic> shown = new java.util.ArrayList<>(from);
                ProblemsViewModel.replaceChanged(shown, to, (entries, sign) -> { });
                assertThat(shown).as("%s to %s", from, to).isEqualTo(to);
            }
        }
    }
}
