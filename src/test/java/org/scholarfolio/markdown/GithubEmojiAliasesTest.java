package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import net.fellbaum.jemoji.Emoji;
import net.fellbaum.jemoji.EmojiManager;
import org.junit.jupiter.api.Test;

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
}
