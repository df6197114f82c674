package org.scholarfolio.lookup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.UnknownFields;

/** Splits a name a service gives as one string ("Ada von Lovelace", "Lovelace, Ada") into its parts. */
final class PersonNames {
    private PersonNames() {
    }

    static Author split(String name, String url) {
        String n = name.strip().replaceAll("\\s+", " ");
        int comma = n.indexOf(',');
        if (comma > 0) {
            return author(n.substring(comma + 1).strip(), "", n.substring(0, comma).strip(), url);
        }
        List<String> words = new ArrayList<>(Arrays.asList(n.split(" ")));
        if (words.size() == 1) {
            return author("", "", words.get(0), url);
        }
        String family = words.remove(words.size() - 1);
        int vonStart = words.size();
        while (vonStart > 1 && isParticle(words.get(vonStart - 1))) {
            vonStart--;
        }
        String given = String.join(" ", words.subList(0, vonStart));
        String von = String.join(" ", words.subList(vonStart, words.size()));
        return author(given, von, family, url);
    }

    private static boolean isParticle(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !word.endsWith(".");
    }

    private static Author author(String given, String von, String family, String url) {
        return new Author(given, von, family, "", false, false, "", url, UnknownFields.NONE);
    }
}
