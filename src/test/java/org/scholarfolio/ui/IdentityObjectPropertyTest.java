package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ChangeListener;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.SiteSettings;

/** The open document's snapshot property: another object is a change, equal or not, and nothing is compared. */
class IdentityObjectPropertyTest {
    private final IdentityObjectProperty<Portfolio> property = new IdentityObjectProperty<>(this, "current");
    private final List<String> told = new ArrayList<>();

    private static Portfolio titled(String title) {
        return Portfolio.empty().withSite(SiteSettings.DEFAULT.toBuilder().title(title).build());
    }

    @Test
    void anEqualSnapshotIsAChangeAndTheSameOneIsNot() {
        Portfolio first = titled("a");
        Portfolio equal = titled("a");
        property.set(first);
        List<Portfolio[]> changes = new ArrayList<>();
        property.addListener((obs, old, now) -> changes.add(new Portfolio[] {old, now}));

        property.set(equal);
        property.set(equal);

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0)[0]).isSameAs(first);
        assertThat(changes.get(0)[1]).isSameAs(equal);
        assertThat(property.get()).isSameAs(equal);
    }

    @Test
    void invalidationListenersFirstThenChangeListenersEachInTheOrderAdded() {
        property.addListener((ChangeListener<Portfolio>) (obs, old, now) -> told.add("change 1"));
        property.addListener((InvalidationListener) obs -> told.add("invalidated 1"));
        property.addListener((ChangeListener<Portfolio>) (obs, old, now) -> told.add("change 2"));
        property.addListener((InvalidationListener) obs -> told.add("invalidated 2"));

        property.set(titled("a"));

        assertThat(told).containsExactly("invalidated 1", "invalidated 2", "change 1", "change 2");
    }

    @Test
    void aListenerRemovedWhileTheyAreToldIsStillToldOfThatChangeOnly() {
        ChangeListener<Portfolio> second = (obs, old, now) -> told.add("second");
        property.addListener((obs, old, now) -> {
            told.add("first");
            property.removeListener(second);
        });
        property.addListener(second);

        property.set(titled("a"));
        property.set(titled("b"));

        assertThat(told).containsExactly("first", "second", "first");
    }

    @Test
    void aListenerThatThrowsIsReportedAndTheOthersAreStillTold() {
        List<Throwable> reported = new ArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> reported.add(e));
        try {
            property.addListener((obs, old, now) -> {
                throw new IllegalStateException("broken");
            });
            property.addListener((obs, old, now) -> told.add("told"));

            property.set(titled("a"));
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(before);
        }

        assertThat(reported).hasSize(1);
        assertThat(reported.get(0)).hasMessage("broken");
        assertThat(told).containsExactly("told");
    }

    @Test
    void aBindingFollowsItAndItsToStringDoesNotPrintTheSnapshot() {
        StringBinding title = Bindings.createStringBinding(
                () -> property.get() == null ? "none" : property.get().site().title(), property);
        assertThat(title.get()).isEqualTo("none");

        property.set(titled("a"));
        assertThat(title.get()).isEqualTo("a");
        property.set(titled("b"));
        assertThat(title.get()).isEqualTo("b");
        assertThat(property.toString()).isEqualTo("IdentityObjectProperty[current: Portfolio]");
    }
}
