package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongTextWindowTest {
    private static String paragraphs(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append("Paragraph ").append(i).append(" of a long biography.\n\n");
        }
        return s.toString();
    }

    @Test
    void aTextWithinTheLimitIsRenderedWhole() {
        LongTextWindow window = new LongTextWindow(1_000);
        assertThat(window.excerpt("profile.bio", paragraphs(10))).isNull();
    }

    @Test
    void aLongTextOpensAtItsStartCutAtABlockAndSaysWhatIsLeftOut() {
        String bio = paragraphs(1_000);
        LongTextWindow.Excerpt e = new LongTextWindow(1_000).excerpt("profile.bio", bio);

        assertThat(e.shown().start()).isZero();
        assertThat(e.shown().end()).isLessThanOrEqualTo(1_000).isGreaterThan(500);
        assertThat(bio.substring(e.shown().end())).startsWith("Paragraph ");
        assertThat(e.markdown()).startsWith("Paragraph 0 of")
                .endsWith("> *The preview leaves out " + org.scholarfolio.model.Text.number(e.shown().omitted())
                        + " characters of profile.bio after this point; the exported site has all of them.*");
        assertThat(e.shown().length()).isEqualTo(bio.length());
    }

    @Test
    void anEditFarFromTheWindowMovesItThereAndAnEditInsideKeepsIt() {
        LongTextWindow window = new LongTextWindow(1_000);
        String bio = paragraphs(1_000);
        window.excerpt("profile.bio", bio);

        int at = bio.indexOf("Paragraph 700 ") + "Paragraph 700 ".length();
        String typed = bio.substring(0, at) + "NEW" + bio.substring(at);
        LongTextWindow.Excerpt moved = window.excerpt("profile.bio", typed);
        assertThat(moved.markdown()).contains("Paragraph 700 NEWof").startsWith("> *The preview leaves out ");
        assertThat(moved.shown().start()).isPositive();
        assertThat(typed.substring(moved.shown().start())).startsWith("Paragraph ");

        String more = typed.substring(0, at + 3) + "ER" + typed.substring(at + 3);
        LongTextWindow.Excerpt kept = window.excerpt("profile.bio", more);
        assertThat(kept.shown().start()).isEqualTo(moved.shown().start());
        assertThat(kept.markdown()).contains("Paragraph 700 NEWERof");
    }

    @Test
    void theSameTextGivesTheSameExcerptAndResetOpensAtTheStart() {
        LongTextWindow window = new LongTextWindow(1_000);
        String bio = paragraphs(1_000);
        window.excerpt("profile.bio", bio);
        String edited = bio.substring(0, 20_000) + "X" + bio.substring(20_000);
        LongTextWindow.Excerpt e = window.excerpt("profile.bio", edited);
        assertThat(window.excerpt("profile.bio", edited)).isSameAs(e);

        window.reset();
        assertThat(window.excerpt("profile.bio", edited).shown().start()).isZero();
    }

    @Test
    void aFencedCodeBlockIsNotCutInside() {
        String code = "```\n" + "line\n\nline\n\n".repeat(100) + "```\n\n";
        String text = "Intro.\n\n" + code + "After.\n\n" + paragraphs(100);
        int inside = text.indexOf("line", 200);
        assertThat(LongTextWindow.blockStartBefore(text, inside, 10_000)).isEqualTo("Intro.\n\n".length());
    }

    @Test
    void oneLongLineIsCutBetweenCharactersNeverInsideASurrogatePair() {
        String line = "\uD83D\uDE80".repeat(2_000); // one emoji is two chars
        LongTextWindow.Excerpt e = new LongTextWindow(1_001).excerpt("profile.bio", line);
        assertThat(e.shown().end() % 2).isZero();
        assertThat(e.markdown()).startsWith("\uD83D\uDE80");
    }
}
