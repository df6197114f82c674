package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.Publication;

/** Changes a crash kept and changes made later to the same saved portfolio, put together. */
class RecoveryFoldTest {
    private final Portfolio saved = PortfolioGenerator.generate(6, 3, 11);

    private static Portfolio profile(Portfolio p, UnaryOperator<Profile.Builder> change) {
        return p.withProfile(change.apply(p.profile().toBuilder()).build());
    }

    private static Portfolio retitle(Portfolio p, int index, String title) {
        List<Publication> pubs = new ArrayList<>(p.publications());
        pubs.set(index, pubs.get(index).toBuilder().title(title).build());
        return p.withPublications(pubs);
    }

    private static Portfolio add(Portfolio p, Publication pub) {
        List<Publication> pubs = new ArrayList<>(p.publications());
        pubs.add(0, pub);
        return p.withPublications(pubs);
    }

    private static Portfolio remove(Portfolio p, int index) {
        List<Publication> pubs = new ArrayList<>(p.publications());
        pubs.remove(index);
        return p.withPublications(pubs);
    }

    private Publication fresh(String key) {
        return saved.publications().get(0).toBuilder().citationKey(key).title("A paper added").build();
    }

    @Test
    void differentFieldsOfTheProfileAreBothKept() {
        Portfolio crash = profile(saved, b -> b.bio("Kept by the crash"));
        Portfolio later = profile(saved, b -> b.position("Typed later"));

        Portfolio folded = RecoveryFold.onTop(saved, crash, later);

        assertThat(folded.profile().bio()).isEqualTo("Kept by the crash");
        assertThat(folded.profile().position()).isEqualTo("Typed later");
    }

    @Test
    void whereBothChangedOneFieldTheLaterChangeWins() {
        Portfolio crash = profile(saved, b -> b.position("Lecturer").bio("Kept by the crash"));
        Portfolio later = profile(saved, b -> b.position("Reader"));

        Portfolio folded = RecoveryFold.onTop(saved, crash, later);

        assertThat(folded.profile().position()).isEqualTo("Reader");
        assertThat(folded.profile().bio()).isEqualTo("Kept by the crash");
    }

    @Test
    void recordsAreMatchedByKeyNotByPlace() {
        // The crash's journal added a paper at the top; the later edit retitled the third one.
        Portfolio crash = add(saved, fresh("added2026paper"));
        Portfolio later = retitle(saved, 2, "Retitled later");

        Portfolio folded = RecoveryFold.onTop(saved, crash, later);

        assertThat(folded.publications()).hasSize(saved.publications().size() + 1);
        assertThat(folded.publications()).extracting(Publication::citationKey).contains("added2026paper");
        Publication third = folded.publications().stream()
                .filter(p -> p.citationKey().equals(saved.publications().get(2).citationKey())).findFirst().orElseThrow();
        assertThat(third.title()).isEqualTo("Retitled later");
        assertThat(folded.publications()).filteredOn(p -> p.title().equals("Retitled later")).hasSize(1);
    }

    @Test
    void fieldsOfOneRecordChangedOnEachSideAreBothKept() {
        Publication first = saved.publications().get(0);
        Portfolio crash = retitle(saved, 0, "Title kept by the crash");
        List<Publication> pubs = new ArrayList<>(saved.publications());
        pubs.set(0, first.toBuilder().year(1999).build());
        Portfolio later = saved.withPublications(pubs);

        Publication folded = RecoveryFold.onTop(saved, crash, later).publications().get(0);

        assertThat(folded.title()).isEqualTo("Title kept by the crash");
        assertThat(folded.year()).isEqualTo(1999);
    }

    @Test
    void aRecordRemovedBeforeTheCrashStaysRemovedUnlessChangedLater() {
        Portfolio crash = remove(remove(saved, 4), 1);
        Portfolio later = retitle(saved, 1, "Kept, as it was changed later");

        Portfolio folded = RecoveryFold.onTop(saved, crash, later);

        assertThat(folded.publications()).extracting(Publication::citationKey)
                .doesNotContain(saved.publications().get(4).citationKey())
                .contains(saved.publications().get(1).citationKey());
        assertThat(folded.publications()).hasSize(saved.publications().size() - 1);
    }

    @Test
    void recordsAddedOnBothSidesAreAllKept() {
        Portfolio crash = add(saved, fresh("before2026crash"));
        Portfolio later = add(saved, fresh("after2026crash"));

        Portfolio folded = RecoveryFold.onTop(saved, crash, later);

        assertThat(folded.publications()).extracting(Publication::citationKey)
                .contains("before2026crash", "after2026crash");
        assertThat(folded.publications()).hasSize(saved.publications().size() + 2);
    }

    @Test
    void newsAndProfileChangedOnDifferentSidesAreBothKept() {
        List<NewsItem> news = new ArrayList<>(saved.news());
        news.set(0, news.get(0).withTitle("News kept by the crash"));
        Portfolio crash = saved.withNews(news);
        Portfolio later = profile(saved, b -> b.affiliation("Typed later"));

        Portfolio folded = RecoveryFold.onTop(saved, crash, later);

        assertThat(folded.news().get(0).title()).isEqualTo("News kept by the crash");
        assertThat(folded.profile().affiliation()).isEqualTo("Typed later");
    }

    @Test
    void aListWhoseKeysAreNotUniqueIsTakenWholeFromTheLaterSide() {
        Portfolio twins = add(saved, saved.publications().get(0));
        Portfolio crash = retitle(twins, 3, "Kept by the crash");
        Portfolio later = retitle(twins, 4, "Typed later");

        Portfolio folded = RecoveryFold.onTop(twins, crash, later);

        assertThat(folded.publications()).isEqualTo(later.publications());
    }

    @Test
    void nothingChangedOnOneSideGivesTheOther() {
        Portfolio crash = profile(saved, b -> b.bio("Kept by the crash"));

        assertThat(RecoveryFold.onTop(saved, crash, saved)).isSameAs(crash);
        assertThat(RecoveryFold.onTop(saved, saved, crash)).isSameAs(crash);
    }
}
