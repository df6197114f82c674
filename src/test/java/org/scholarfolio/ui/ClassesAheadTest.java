package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.scholarfolio.ui.profile.ProfileView;

class ClassesAheadTest {
    static volatile boolean initialised;

    static final class InitialisedOnFirstUse {
        static {
            initialised = true;
        }

        static void use() {
        }
    }

    @Test
    void loadsTheNamedClassesWithoutInitialisingThemAndSkipsNamesItCannotFind() throws Exception {
        assertThat(ClassesAhead.names(ClassesAheadTest.class, "classes-ahead-test.txt"))
                .containsExactly("org.scholarfolio.ui.ClassesAheadTest$InitialisedOnFirstUse", "org.scholarfolio.ui.NoSuchClassAnywhere");

        ClassesAhead.load(ClassesAheadTest.class, "classes-ahead-test.txt").get(30, TimeUnit.SECONDS);

        assertThat(initialised).as("a static initialiser runs where the class is first used, not on the loading thread").isFalse();
        InitialisedOnFirstUse.use();
        assertThat(initialised).isTrue();
    }

    @Test
    void everyClassTheProfileFormLoadsAheadIsInTheToolkitInUse() {
        var names = ClassesAhead.names(ProfileView.class, "below-fold-classes.txt");
        assertThat(names).hasSizeGreaterThan(100).contains("javafx.scene.control.skin.TableViewSkin");
        for (String name : names) {
            assertThatCode(() -> Class.forName(name, false, ProfileView.class.getClassLoader())).as(name).doesNotThrowAnyException();
        }
    }
}
