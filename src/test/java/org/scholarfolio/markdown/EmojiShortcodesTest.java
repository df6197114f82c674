package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmojiShortcodesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            :heavy_check_mark: **Industry**    | ✔️ **Industry**
            Done :tada:!                       | Done 🎉!
            (:rocket:)                         | (🚀)
            :+1::smile:                        | 👍😄
            :100: percent                      | 💯 percent
            """)
    void githubShortcodesStandingApartBecomeEmoji(String text, String expected) {
        assertThat(EmojiShortcodes.replace(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:D drive", "smile :) please", "wink ;-) and :-)", "{:style=\"color: red\"}",
        "{:.note}", "a:smile:b", "10:30:45", "key:value", ":not_an_emoji_name:", ":Smile:", "x :D"})
    void ordinaryTextAndEmoticonsStayAsWritten(String text) {
        assertThat(EmojiShortcodes.replace(text)).isEqualTo(text);
    }

    @Test
    void kramdownAttributesAfterALinkAreNotTurnedIntoEmoji() {
        String html = MarkdownRenderer.shared()
                .render("[Yan](https://example.org/){:style=\"color: rgb(240, 119, 43);\"} and C:D").html();
        assertThat(Jsoup.parseBodyFragment(html).text()).contains("{:style=").endsWith("and C:D");
    }
}
