package org.scholarfolio.ui.preview;

import static org.scholarfolio.testing.PortfolioEdits.withBio;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.Section;

class PreviewViewModelTest {
    private static final Portfolio WITH_RECORDS = Portfolio.empty()
            .withNews(List.of(new NewsItem("award", NewsDate.of(LocalDate.of(2024, 1, 1)), "Award", "", false, null)))
            .withPages(List.of(new Page("teaching", "Teaching", 1, true, "", null)));

    @Test
    void targetFollowsTheSectionAndSelectedRecord() {
        assertThat(PreviewViewModel.targetFor(Section.PROFILE, WITH_RECORDS, -1, -1)).isEqualTo(new PreviewTarget.Home());
        assertThat(PreviewViewModel.targetFor(Section.PUBLICATIONS, WITH_RECORDS, 0, 0))
                .isEqualTo(new PreviewTarget.Publications());
        assertThat(PreviewViewModel.targetFor(Section.NEWS, WITH_RECORDS, 0, -1))
                .isEqualTo(new PreviewTarget.NewsItem(0));
        assertThat(PreviewViewModel.targetFor(Section.NEWS, WITH_RECORDS, -1, -1)).isEqualTo(new PreviewTarget.NewsList());
        assertThat(PreviewViewModel.targetFor(Section.PAGES, WITH_RECORDS, -1, 0)).isEqualTo(new PreviewTarget.Page(0));
        assertThat(PreviewViewModel.targetFor(Section.PAGES, WITH_RECORDS, -1, 5)).isEqualTo(new PreviewTarget.Home());
    }

    @Test
    void updateRendersTheCurrentSnapshotForTheTarget() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), WITH_RECORDS, null);
        PreviewViewModel vm = new PreviewViewModel(editor,
                (p, t) -> t + " with " + p.news().size() + " news");
        vm.targetProperty().set(new PreviewTarget.NewsList());

        vm.update();

        assertThat(vm.htmlProperty().get()).isEqualTo("NewsList[] with 1 news");
    }

    @Test
    void aFailingRendererShowsItsMessageEscaped() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        PreviewViewModel vm = new PreviewViewModel(editor, (p, t) -> {
            throw new IllegalStateException("unknown theme <dark>");
        });

        vm.update();

        assertThat(vm.htmlProperty().get()).contains("could not be rendered").contains("unknown theme &lt;dark&gt;");
    }

    @Test
    void changesDuringARenderAreRenderedOnceAfterItFromTheLatestSnapshot() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        java.util.List<Runnable> renders = new java.util.ArrayList<>();
        java.util.List<String> rendered = new java.util.ArrayList<>();
        PreviewViewModel vm = new PreviewViewModel(editor, (p, t) -> {
            rendered.add(p.profile().position());
            return p.profile().position();
        }, new java.util.concurrent.CompletableFuture<>(), renders::add, Runnable::run);

        vm.requestUpdate();
        for (String position : java.util.List.of("R", "Re", "Rea")) {
            editor.edit("position", p -> p.withProfile(p.profile().toBuilder().position(position).build()));
            vm.requestUpdate();
        }
        assertThat(renders).hasSize(1); // the others wait for the one under way
        renders.remove(0).run();

        assertThat(vm.htmlProperty().get()).isEmpty();
        assertThat(renders).hasSize(1);
        renders.remove(0).run();
        assertThat(rendered).containsExactly("", "Rea");
        assertThat(vm.htmlProperty().get()).isEqualTo("Rea");
        assertThat(renders).isEmpty();
    }

    /** Paragraphs of the bio as the page's body, enough to see which one changed. */
    private static String page(Portfolio p) {
        StringBuilder body = new StringBuilder("<html><head><title>T</title></head><body><main>");
        for (String paragraph : p.profile().bio().split("\n\n")) {
            body.append("<p>").append(paragraph).append("</p>");
        }
        return body.append("</main></body></html>").toString();
    }

    /** The page as the preview shows it: ready for emoji images ({@link EmojiImages#preparePage}). */
    private static String previewed(Portfolio p) {
        return EmojiImages.preparePage(page(p));
    }

    @Test
    void aRenderNamesTheElementItChangedInThePageShownBefore() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(),
                withBio(Portfolio.empty(), "One.\n\nTwo.\n\nThree."), null);
        java.util.List<Runnable> renders = new java.util.ArrayList<>();
        java.util.List<Runnable> shown = new java.util.ArrayList<>();
        PreviewViewModel vm = new PreviewViewModel(editor, (p, t) -> page(p),
                new java.util.concurrent.CompletableFuture<>(), renders::add, shown::add);
        vm.requestUpdate();
        renders.remove(0).run();
        shown.remove(0).run();
        PreviewDocument first = vm.pageProperty().get().diff().parsed();
        assertThat(vm.pageProperty().get().diff().change()).isNull(); // nothing shown before it

        editor.edit("bio", p -> withBio(p, "One.\n\nTwos.\n\nThree."));
        vm.requestUpdate();
        renders.remove(0).run();
        shown.remove(0).run();

        PreviewViewModel.Diff diff = vm.pageProperty().get().diff();
        assertThat(diff.base()).isSameAs(first);
        assertThat(diff.parsed()).isEqualTo(PreviewDocument.parse(previewed(editor.portfolio())));
        assertThat(diff.change().path()).containsExactly(0, 1);
        assertThat(diff.change().tags()).containsExactly("main", "p");
        assertThat(diff.change().inner()).isEqualTo("Twos.");
    }

    @Test
    void aPagePublishedMeanwhileIsTheBaseOfTheChange() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(),
                withBio(Portfolio.empty(), "One.\n\nTwo."), null);
        java.util.List<Runnable> renders = new java.util.ArrayList<>();
        PreviewViewModel vm = new PreviewViewModel(editor, (p, t) -> page(p),
                new java.util.concurrent.CompletableFuture<>(), renders::add, Runnable::run);
        vm.requestUpdate();
        renders.remove(0).run();
        editor.edit("bio", p -> withBio(p, "One!\n\nTwo."));
        vm.requestUpdate();
        // Before that render ends, a page of another snapshot is published on this thread.
        editor.edit("bio", p -> withBio(p, "One!\n\nTwo?"));
        vm.update();
        PreviewDocument published = vm.pageProperty().get().diff().parsed();
        renders.remove(0).run();

        PreviewViewModel.Diff diff = vm.pageProperty().get().diff();
        // Named against the page published meanwhile, not the one the render started from.
        assertThat(diff.base()).isSameAs(published);
        assertThat(diff.change().path()).containsExactly(0, 1);
        assertThat(diff.change().inner()).isEqualTo("Two.");
    }

    @Test
    void anEditsCheapRenderIsShownInTheTurnOfTheEdit() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(),
                withBio(Portfolio.empty(), "One.\n\nTwo."), null);
        java.util.List<Runnable> renders = new java.util.ArrayList<>();
        java.util.List<Runnable> shown = new java.util.ArrayList<>();
        PreviewViewModel vm = new PreviewViewModel(editor, (p, t) -> page(p), new java.util.concurrent.CompletableFuture<>(),
                renders::add, shown::add, java.util.concurrent.TimeUnit.SECONDS.toNanos(30));
        vm.requestUpdate();
        // The first page is not an edit of a page shown: it is rendered on the rendering thread.
        assertThat(renders).hasSize(1);
        renders.remove(0).run();
        shown.remove(0).run();

        editor.edit("bio", p -> withBio(p, "One.\n\nTwos."));
        vm.requestUpdate();

        // Rendered and published before requestUpdate returned, with the change named for the patch.
        assertThat(renders).isEmpty();
        assertThat(shown).isEmpty();
        assertThat(vm.htmlProperty().get()).isEqualTo(previewed(editor.portfolio()));
        assertThat(vm.pageProperty().get().edited()).isTrue();
        assertThat(vm.pageProperty().get().diff().change().inner()).isEqualTo("Twos.");

        vm.targetProperty().set(new PreviewTarget.NewsList());
        vm.requestUpdate();
        assertThat(renders).as("another page goes to the rendering thread").hasSize(1);
    }

    @Test
    void afterARenderDearerThanTheBudgetTheNextEditGoesToTheRenderingThread() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(),
                withBio(Portfolio.empty(), "One.\n\nTwo."), null);
        java.util.List<Runnable> renders = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicLong cost = new java.util.concurrent.atomic.AtomicLong();
        // Wide enough that a render of a few characters never takes longer, however loaded the machine.
        long budget = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(200);
        PreviewViewModel vm = new PreviewViewModel(editor, (p, t) -> {
            spendProcessorTime(cost.get());
            return page(p);
        }, new java.util.concurrent.CompletableFuture<>(), renders::add, Runnable::run, budget);
        vm.requestUpdate();
        renders.remove(0).run(); // cheap

        editor.edit("bio", p -> withBio(p, "One.\n\nTwos."));
        cost.set(3 * budget);
        vm.requestUpdate();
        assertThat(renders).as("cheap before: rendered here").isEmpty();
        assertThat(vm.htmlProperty().get()).isEqualTo(previewed(editor.portfolio()));

        editor.edit("bio", p -> withBio(p, "One!\n\nTwos."));
        vm.requestUpdate();
        assertThat(renders).as("dear before: sent to the rendering thread").hasSize(1);
        cost.set(0);
        renders.remove(0).run();
        assertThat(vm.htmlProperty().get()).isEqualTo(previewed(editor.portfolio()));

        editor.edit("bio", p -> withBio(p, "One!\n\nTwos?"));
        vm.requestUpdate();
        assertThat(renders).as("cheap again: rendered here again").isEmpty();
        assertThat(vm.htmlProperty().get()).isEqualTo(previewed(editor.portfolio()));
    }

    /** Busy until this thread has used {@code nanos} of processor time: it takes at least that long on the clock. */
    private static void spendProcessorTime(long nanos) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + nanos;
        while (threads.getCurrentThreadCpuTime() < end) {
            Thread.onSpinWait();
        }
    }

    @Test
    void theEmojiReadAskedForBeforeTheFirstContentStartsOnceItIsDrawn() {
        AtomicInteger reads = new AtomicInteger();
        BooleanProperty drawn = new SimpleBooleanProperty(false);
        PreviewViewModel vm = emojiHeldUntil(drawn, reads);

        vm.loadEmoji(); // the first page has loaded
        assertThat(reads).hasValue(0);
        drawn.set(true);
        assertThat(reads).hasValue(1);
        vm.loadEmoji(); // a later page
        drawn.set(false);
        drawn.set(true);
        assertThat(reads).hasValue(1);
    }

    @Test
    void theEmojiAreNotReadWhenTheHoldEndsBeforeAnyPageAskedForThem() {
        AtomicInteger reads = new AtomicInteger();
        BooleanProperty drawn = new SimpleBooleanProperty(false);
        PreviewViewModel vm = emojiHeldUntil(drawn, reads);

        drawn.set(true);
        assertThat(reads).hasValue(0);
        vm.loadEmoji();
        assertThat(reads).hasValue(1);
    }

    /** A preview whose emoji reads are counted in {@code reads} and held until {@code drawn} is true. */
    private static PreviewViewModel emojiHeldUntil(BooleanProperty drawn, AtomicInteger reads) {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty(), null);
        PreviewViewModel vm = new PreviewViewModel(editor, (p, t) -> "", new CompletableFuture<>(), Runnable::run, Runnable::run);
        vm.readEmojiWith(reads::incrementAndGet);
        vm.holdEmojiUntil(drawn);
        return vm;
    }
}
