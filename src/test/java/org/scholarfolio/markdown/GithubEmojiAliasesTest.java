package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import net.fellbaum.jemoji.Emoji;
import net.fellbaum.jemoji.EmojiManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GithubEmojiAliasesTest {

    @Test
    void theBuildWritesTheTableIntoTheClasses() {
        assertThat(GithubEmojiAliases.class.getResource(GithubEmojiAliases.TABLE)).isNotNull();
    }

    @Test
    void everyGithubShortcodeGivesJemojisEmoji() {
        int aliases = 0;
        for (Emoji emoji : EmojiManager.getAllEmojis()) {
            for (String alias : emoji.getGithubAliases()) {
                assertThat(GithubEmojiAliases.emoji(alias)).as(alias).isEqualTo(GithubEmojiAliases.fromJemoji(alias));
                aliases++;
            }
        }
        assertThat(aliases).isGreaterThan(1_500);
    }

    @Test
    void namesThatAreNotShortcodesGiveNothing() {
        assertThat(GithubEmojiAliases.emoji(":no-such-emoji:")).isEmpty();
        assertThat(GithubEmojiAliases.emoji("rocket")).isEmpty();
        assertThat(GithubEmojiAliases.emoji(":rocket:")).contains("\uD83D\uDE80");
    }

    /** What a table or the status line shows for an emoji, typed into a news item, renders as that emoji again. */
    @Test
    void everyEmojisShownShortcodeIsTurnedBackIntoItByTheRenderer() {
        int shown = 0;
        for (Emoji emoji : EmojiManager.getAllEmojis()) {
            Optional<String> shortcode = GithubEmojiAliases.shortcodeOf(emoji.getEmoji());
            if (shortcode.isPresent()) {
                assertThat(EmojiShortcodes.replace("Got it " + shortcode.get())).as(shortcode.get())
                        .isEqualTo("Got it " + emoji.getEmoji());
                shown++;
            }
        }
        assertThat(shown).isGreaterThan(1_500);
    }

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource(delimiter = '|', textBlock = """
            thumbs up          | :thumbsup:      | :+1: :thumbsup:
            kitchen knife      | :knife:         | :hocho: :knife:
            middle finger      | :middle_finger: | :fu: :middle_finger:
            man gesturing NO   | :no_good_man:   | :ng_man: :no_good_man:
            e-mail             | :email:         | :email: :e-mail:
            pile of poo        | :poop:          | :hankey: :poop: :shit:
            hot beverage       | :coffee:        | :coffee:
            """)
    void ofSeveralShortcodesTheOneAPersonRecognisesIsShown(String name, String expected, String aliases) {
        assertThat(GithubEmojiAliases.shown(List.of(aliases.split(" ")), name)).isEqualTo(expected);
    }
}
