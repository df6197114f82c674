package org.scholarfolio.importer.alfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words a visitor reads in a template or page text: not its Liquid, markup, scripts, styles or comments. */
final class VisibleWords {
    private static final Pattern NOT_TEXT = Pattern.compile("(?s)\\{%-?\\s*(comment|raw|capture)\\b[^%]*%}.*?\\{%-?\\s*end\\1\\s*-?%}"
            + "|<script\\b.*?</script>|<style\\b.*?</style>|<!--.*?-->|\\{%.*?%}|\\{\\{.*?}}"
            + "|&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"); // a character reference ("&amp;") is no word
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    private VisibleWords() {
    }

    static List<String> of(String text) {
        String visible = TAG.matcher(NOT_TEXT.matcher(text).replaceAll(" ")).replaceAll(" ");
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(visible);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
