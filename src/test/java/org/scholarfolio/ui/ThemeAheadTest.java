package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class ThemeAheadTest {
    @Test
    void readsTheLightThemeIntoTheStyleManagerAsTheUserAgentSheetWithoutTheToolkit() throws ReflectiveOperationException {
        // The light theme: the one the other tests' windows set, so that this JVM's global choice stays theirs.
        String sheet = ThemeSheet.userAgentStylesheet(false);

        assertThat(ThemeAhead.read(sheet)).isTrue();

        List<?> containers = userAgentContainers();
        assertThat(containers).hasSize(1);
        Object container = containers.get(0);
        assertThat(field(container, "fname")).isEqualTo(sheet);
        javafx.css.Stylesheet read = (javafx.css.Stylesheet) field(container, "stylesheet");
        // The binary form beside the CSS, with the theme's rules in it.
        assertThat(read.getUrl()).endsWith(".bss");
        assertThat(read.getRules()).hasSizeGreaterThan(500);
    }

    @Test
    void aSheetSetAgainIsTheContainerAlreadyRead() throws ReflectiveOperationException {
        String sheet = ThemeSheet.userAgentStylesheet(false);
        ThemeAhead.read(sheet);
        Object first = userAgentContainers().get(0);

        // What the window's own setting of the theme does on the JavaFX thread: it finds the sheet read.
        ThemeAhead.read(sheet);

        assertThat(userAgentContainers()).hasSize(1);
        assertThat(userAgentContainers().get(0)).isSameAs(first);
    }

    /** The sheet's resource look-up (the modules image asked, the application's jar opened) is no part of the caller's way to the toolkit. */
    @Test
    void theSheetIsLookedUpOnTheReadingThreadNotTheCallers() throws InterruptedException {
        AtomicReference<Thread> askedOn = new AtomicReference<>();
        Thread reader = ThemeAhead.start(() -> {
            askedOn.set(Thread.currentThread());
            return ThemeSheet.userAgentStylesheet(false);
        });
        reader.join(TimeUnit.SECONDS.toMillis(30));

        assertThat(askedOn.get()).isSameAs(reader).isNotSameAs(Thread.currentThread());
        assertThat(reader.getName()).isEqualTo("theme-ahead");
    }

    private static List<?> userAgentContainers() throws ReflectiveOperationException {
        Class<?> manager = Class.forName("com.sun.javafx.css.StyleManager");
        Object instance = manager.getMethod("getInstance").invoke(null);
        return (List<?>) manager.getField("platformUserAgentStylesheetContainers").get(instance);
    }

    private static Object field(Object container, String name) throws ReflectiveOperationException {
        Field f = container.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(container);
    }
}
