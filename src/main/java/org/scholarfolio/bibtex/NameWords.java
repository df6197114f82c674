package org.scholarfolio.bibtex;

import java.util.ArrayList;
import java.util.List;

/** The words of a BibTeX name as BibTeX tells them apart: split at spaces outside braces, von words by their case. */
public final class NameWords {
    private NameWords() {
    }

    public static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        int depth = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                depth--;
            }
            if (depth == 0 && Character.isWhitespace(ch)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(ch);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** A von word: its first letter is lower case; a protected group counts as upper case, as in BibTeX. */
    public static boolean isLowerCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (ch == '{') {
                return false;
            }
            if (Character.isLetter(ch)) {
                return Character.isLowerCase(ch);
            }
        }
        return false;
    }
}
