package org.scholarfolio.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Window;

import org.scholarfolio.generator.PortfolioGenerator;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.ui.Autosave;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.MainView;

/**
 * The editor in a child JVM for {@link CrashRecoveryTest}: opens the portfolio named on the
 * command line with the app's autosave (journal written on its own thread, as in the app), makes
 * its edits, prints "edited" and waits to be killed. With "many" it first makes {@link #manyEdits()}
 * a few milliseconds apart, as typing and clicking would. With "while-asked" the portfolio has a journal
 * from an earlier crash: the child waits for the recovery question and, leaving it unanswered, sets
 * the affiliation (not the position) while it is open.
 */
public final class EditThenCrash {
    private EditThenCrash() {
    }

    public static void main(String[] args) throws Exception {
        Path portfolio = Path.of(args[0]);
        List<UnaryOperator<Portfolio>> edits = new ArrayList<>();
        if (args.length > 2 && args[2].equals("many")) {
            edits.addAll(manyEdits());
        }
        boolean whileAsked = args.length > 2 && args[2].equals("while-asked");
        edits.add(whileAsked ? affiliation(args[1]) : position(args[1]));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        EditorViewModel[] editor = new EditorViewModel[1];
        CountDownLatch opened = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                editor[0] = new EditorViewModel(new StorePortfolioFiles(), Portfolio.empty(), null);
                MainView view = new MainView(editor[0], new SimpleBooleanProperty(false), null);
                editor[0].open(portfolio);
                view.enableAutosave(new Autosave(editor[0], new StoreRecoveryFiles(), portfolio.resolve("untitled.json"),
                        Executors.newSingleThreadExecutor()));
                opened.countDown();
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(3);
            }
        });
        opened.await();
        if (whileAsked) {
            awaitTheQuestion();
        }
        for (int i = 0; i < edits.size(); i++) {
            UnaryOperator<Portfolio> edit = edits.get(i);
            String key = i < 150 ? "profile.bio" : "edit" + i;
            Platform.runLater(() -> editor[0].edit(key, edit));
            Thread.sleep(5);
        }
        Platform.runLater(() -> {
            System.out.println("edited");
            System.out.flush();
        });
        Thread.sleep(60_000);
    }

    /** Waits until a window shows: the recovery question (the editor here has none of its own). */
    private static void awaitTheQuestion() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            CountDownLatch looked = new CountDownLatch(1);
            boolean[] showing = new boolean[1];
            Platform.runLater(() -> {
                showing[0] = Window.getWindows().stream().anyMatch(Window::isShowing);
                looked.countDown();
            });
            looked.await();
            if (showing[0]) {
                System.out.println("asked");
                return;
            }
            Thread.sleep(50);
        }
        System.out.println("no question");
        System.exit(4);
    }

    static UnaryOperator<Portfolio> affiliation(String affiliation) {
        return p -> p.withProfile(p.profile().toBuilder().affiliation(affiliation).build());
    }

    static UnaryOperator<Portfolio> position(String position) {
        return p -> p.withProfile(p.profile().toBuilder().position(position).build());
    }

    /** A bio typed letter by letter, papers added, removed and retitled: each its own change. */
    static List<UnaryOperator<Portfolio>> manyEdits() {
        List<UnaryOperator<Portfolio>> edits = new ArrayList<>();
        String bio = "I work on computable numbers, morphogenesis and the imitation game. ".repeat(3);
        for (int i = 1; i <= 150; i++) {
            String typed = bio.substring(0, i);
            edits.add(p -> p.withProfile(p.profile().toBuilder().bio(typed).build()));
        }
        List<Publication> more = PortfolioGenerator.generate(20, 0, 11).publications();
        for (Publication pub : more) {
            edits.add(p -> {
                List<Publication> pubs = new ArrayList<>(p.publications());
                pubs.add(pub);
                return p.withPublications(pubs);
            });
        }
        for (int i = 0; i < 5; i++) {
            edits.add(p -> {
                List<Publication> pubs = new ArrayList<>(p.publications());
                pubs.remove(2);
                return p.withPublications(pubs);
            });
        }
        for (int i = 0; i < 10; i++) {
            int index = i;
            edits.add(p -> {
                List<Publication> pubs = new ArrayList<>(p.publications());
                pubs.set(index, pubs.get(index).toBuilder().title("Retitled " + index).build());
                return p.withPublications(pubs);
            });
        }
        return edits;
    }
}
