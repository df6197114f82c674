package org.scholarfolio.importer.alfolio;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An e-mail address written out to keep it from address harvesters ({@code ada at example dot org},
 * {@code ada [at] cs [dot] example [dot] edu}), or written backwards as a shell line that turns it
 * round ({@code echo gro.elpmaxe@ada|rev}, which a reader pastes into a terminal). al-folio puts it into a mailto link as it is, which
 * no mail program can send to; the portfolio needs the address itself for its link. In brackets the words may be
 * another language's names of the signs ({@code <собака>}, {@code [arroba]}, {@code <крапка>}, {@code (punkt)}),
 * and their letters may be look-alikes from another script ({@code <DОТ>} with a Cyrillic О and Т). A note in brackets
 * telling the reader to take a part out ({@code g[remove this part!]mail}) is taken out.
 */
final class WrittenOutEmail {
    /**
     * Names of @ in brackets: English, and the words people write in Russian, Ukrainian, Spanish, Italian, French, German,
     * Polish, Dutch, and Persian (در, "dar", in Persian or Latin letters).
     */
    private static final String AT_WORDS = "at|собака|собачка|песик|пёсик|ет|эт|равлик|arroba|chiocciola|arobase|klammeraffe|małpa|malpa|apenstaartje"
            + "|dar|در";
    /** Names of the dot in brackets, the same languages (Persian نقطه, "noghte", "noqte", "nokte"; Arabic نقطة). */
    private static final String DOT_WORDS = "dot|точка|тчк|крапка|punto|point|punkt|kropka|punt|noghte|noqte|nokte|noghteh|نقطه|نقطة";
    /** A note in brackets that tells the reader to take something out ({@code [remove this part!]}, {@code [delete this]}). */
    private static final Pattern TAKE_OUT = Pattern.compile("(?iu)[\\[({<]\\s*(?:remove|remote|delete|drop)\\b[^\\])}>]{0,30}[\\])}>]");
    private static final Pattern AT = Pattern.compile("(?iu)\\s*(?:[\\[({<]\\s*(?:" + AT_WORDS + ")\\s*[\\])}>]|\\s+at\\s+)\\s*");
    private static final Pattern DOT = Pattern.compile("(?iu)\\s*(?:[\\[({<]\\s*(?:" + DOT_WORDS + ")\\s*[\\])}>]|\\s+dot\\s+)\\s*");
    /** A word in brackets, whose Cyrillic and Greek look-alikes of Latin letters are read as those letters. */
    private static final Pattern BRACKETED = Pattern.compile("[\\[({<][^\\])}>]{1,20}[\\])}>]");
    private static final String LOOK_ALIKES = "АВЕКМНОРСТХаеорсхуΑΒΕΗΙΚΜΝΟΡΤΧΥΖο";
    private static final String LATIN = "ABEKMHOPCTXaeopcxyABEHIKMNOPTXYZo";
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+");
    /** {@code echo <address backwards> | rev}, the address perhaps quoted. */
    private static final Pattern REVERSED = Pattern.compile("(?i)echo\\s+([\"']?)(\\S+)\\1\\s*\\|\\s*rev");

    private WrittenOutEmail() {
    }

    /** The address {@code text} spells out, or empty when it is an address already or not one at all. */
    static Optional<String> address(String text) {
        String t = text.strip();
        if (ADDRESS.matcher(t).matches()) {
            return Optional.empty();
        }
        Matcher reversed = REVERSED.matcher(t);
        if (reversed.matches()) {
            String address = new StringBuilder(reversed.group(2)).reverse().toString();
            return ADDRESS.matcher(address).matches() ? Optional.of(address) : Optional.empty();
        }
        Optional<String> joined = joined(t);
        if (joined.isEmpty() && TAKE_OUT.matcher(t).find()) {
            joined = joined(TAKE_OUT.matcher(t).replaceAll(""));
        }
        return joined;
    }

    /** The address {@code t} spells out with its names of @ and the dot in brackets, or empty. */
    private static Optional<String> joined(String t) {
        String joined = DOT.matcher(AT.matcher(t).replaceAll("@")).replaceAll(".");
        if (!ADDRESS.matcher(joined).matches()) {
            String latin = BRACKETED.matcher(t).replaceAll(m -> Matcher.quoteReplacement(latinLetters(m.group())));
            joined = DOT.matcher(AT.matcher(latin).replaceAll("@")).replaceAll(".");
        }
        return ADDRESS.matcher(joined).matches() ? Optional.of(joined) : Optional.empty();
    }

    /** The bracketed word with look-alikes as Latin letters, unless it is a word of its own script (собака, точка). */
    private static String latinLetters(String bracketed) {
        if (AT.matcher(bracketed).matches() || DOT.matcher(bracketed).matches()) {
            return bracketed;
        }
        StringBuilder out = new StringBuilder(bracketed.length());
        for (char c : bracketed.toCharArray()) {
            int i = LOOK_ALIKES.indexOf(c);
            out.append(i < 0 ? c : LATIN.charAt(i));
        }
        return out.toString();
    }

    /** The warning for an address read from its written-out form. */
    static String message(String key, String written, String address) {
        return key + " \"" + written + "\" spells an address out to hide it from harvesters; imported as " + address
                + " so that the mail link works (the exported page shows it as an ordinary address)";
    }
}
