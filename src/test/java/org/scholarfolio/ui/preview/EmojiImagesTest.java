package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmojiImagesTest {
    private static final EmojiImages EMOJI = EmojiImages.bundled();
    private static final Pattern IMG_ALT = Pattern.compile("<img class=\"emoji\"[^>]* alt=\"([^\"]*)\"[^>]*>");

    private static String body(String text) {
        return "<!DOCTYPE html><html><head><title>T 🎉</title></head><body><p>" + text + "</p></body></html>";
    }

    private static String images(String html) {
        StringBuilder alts = new StringBuilder();
        Matcher m = IMG_ALT.matcher(html);
        while (m.find()) {
            alts.append('[').append(m.group(1)).append(']');
        }
        return alts.toString();
    }

    @Test
    void theBuildBundlesTheWholeSet() {
        assertThat(EMOJI).isNotNull();
        assertThat(EmojiSet.bundled().orElseThrow().count()).isGreaterThan(3000);
    }

    @Test
    void anEmojiInTheBodyBecomesAnSvgImageKeepingTheCharacterAsItsText() {
        String html = EMOJI.apply(body("Paper accepted 🎉!"));
        assertThat(images(html)).isEqualTo("[🎉]");
        assertThat(html).contains("<title>T 🎉</title>").contains("Paper accepted <img").contains(">!</p>")
                .contains("src=\"data:image/svg+xml;base64,");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a family with a joiner          | 👨‍💻 codes            | [👨‍💻]
            a skin tone                     | 👋🏽 hi               | [👋🏽]
            a flag                          | 🇺🇸🇫🇷 flags         | [🇺🇸][🇫🇷]
            a keycap                        | press #️⃣ now         | [#️⃣]
            a heart with its selector       | I ❤️ it             | [❤️]
            a heart written as text         | I ❤ it              | ''
            copyright and trade mark        | © 2024 Acme™        | ''
            coffee is an emoji by default   | ☕ break            | [☕]
            two in a row                    | 🎉🎉                 | [🎉][🎉]
            digits and years stay text      | 1952-01-09 #1       | ''
            """)
    void sequencesAreMatchedWholeAndTextCharactersStayText(String what, String text, String expected) {
        assertThat(images(EMOJI.apply(body(text)))).as(what).isEqualTo(expected);
    }

    @Test
    void emojiWrittenAsNumberReferencesBecomeImagesToo() {
        String html = EMOJI.apply(body("Accepted &#127881; and &#x1F3F3;&#xFE0F;&#x200D;&#x1F308; &amp; &#60;b&#62; &#169;"));

        assertThat(images(html)).isEqualTo("[🎉][🏳️‍🌈]");
        // Markup characters and text characters written as numbers stay as written or as text.
        assertThat(html).contains("&amp; &#60;b&#62; ©</p>");
        assertThat(EMOJI.apply("<html><body><script>var s='&#127881;';</script></body></html>"))
                .contains("var s='&#127881;'");
    }

    @Test
    void tagsScriptsStylesAndMathAreLeftAlone() {
        String html = "<html><head><style>a::after{content:'🎉'}</style></head><body>"
                + "<a title=\"🎉\" href=\"#🎉\">x</a><script>var s='🎉';</script><math><mi>🎉</mi></math>"
                + "<svg><text>🎉</text></svg><p>🎉</p></body></html>";
        String out = EMOJI.apply(html);
        assertThat(images(out)).isEqualTo("[🎉]");
        assertThat(out).contains("title=\"🎉\" href=\"#🎉\"").contains("var s='🎉';").contains("<mi>🎉</mi>")
                .contains("<text>🎉</text>");
    }

    @Test
    void aPageWithoutEmojiIsReturnedAsItIs() {
        String html = body("Plain text, © 2024, “quotes” — dashes");
        assertThat(EMOJI.apply(html)).isSameAs(html);
    }

    @Test
    void thePageGetsTheRuleThatSizesTheImagesAndItsPolicyLetsBothInKeepingEverythingElse() {
        String site = "<html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\""
                + "default-src &#39;self&#39;; style-src &#39;self&#39;; img-src &#39;self&#39; https://i.example;"
                + " object-src &#39;none&#39;\"><meta name=\"description\" content=\"img-src\"><title>T</title></head>"
                + "<body><p>🎉</p></body></html>";

        String previewed = EmojiImages.preparePage(site);

        String rule = "<style>" + EmojiImages.STYLE + "</style>";
        // The policy's text is the same but for the two sources, its quotes now written as themselves.
        assertThat(previewed).isEqualTo(site.replace("https://i.example;", "https://i.example data:;")
                .replace("style-src &#39;self&#39;;", "style-src &#39;self&#39; &#39;" + styleHash() + "&#39;;")
                .replace("&#39;", "'").replace("</head>", rule + "</head>"));
        assertThat(EmojiImages.preparePage(previewed)).as("prepared once").isSameAs(previewed);
    }

    /** The rule's hash as a policy names it, worked out here on its own. */
    private static String styleHash() {
        try {
            return "sha256-" + java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest
                    .getInstance("SHA-256").digest(EmojiImages.STYLE.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            images from the site only       | default-src 'self'; img-src 'self'     | default-src 'self'; img-src 'self' data:
            no img-src: the default's       | default-src 'self'; script-src 'self'  | default-src 'self'; script-src 'self'; img-src 'self' data:
            nothing by default              | default-src 'none'                     | default-src 'none'; img-src data:
            data: allowed already           | img-src 'self' data:                   | img-src 'self' data:
            no image restriction            | script-src 'self'                      | script-src 'self'
            """)
    void aPolicyGetsDataImagesWhereItRestrictsImages(String what, String policy, String expected) {
        assertThat(EmojiImages.withSource(policy, "img-src", "data:")).as(what).isEqualTo(expected);
    }

    @Test
    void aPageWithoutAPolicyGetsTheRuleAndAMetaInItsBodyIsNotItsPolicy() {
        String html = "<html><head><title>T</title></head><body><p>🎉 <meta http-equiv=\"Content-Security-Policy\""
                + " content=\"img-src 'none'\"></p></body></html>";
        assertThat(EmojiImages.preparePage(html))
                .isEqualTo(html.replace("</head>", "<style>" + EmojiImages.STYLE + "</style></head>"));
    }
}
