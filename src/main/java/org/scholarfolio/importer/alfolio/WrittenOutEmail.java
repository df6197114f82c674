package org.scholarfolio.importer.alfolio;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An e-mail address written out to keep it from address harvesters ({@code ada at example dot org},
 * {@code ada [at] cs [dot] example [dot] edu}), or written backwards as a shell line that turns it
 * round ({@code echo gro.elpmaxe@ada|rev}, which a reader pastes into a terminal). al-folio puts it into a mailto link as it is, which
 * no mail program can send to; the portfolio needs the address itself for its link.
 */
final class WrittenOutEmail {
    private static final Pattern AT = Pattern.compile("(?i)\\s*(?:[\\[({<]\\s*at\\s*[\\])}>]|\\s+at\\s+)\\s*");
    private static final Pattern DOT = Pattern.compile("(?i)\\s*(?:[\\[({<]\\s*dot\\s*[\\])}>]|\\s+dot\\s+)\\s*");
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
        String joined = DOT.matcher(AT.matcher(t).replaceAll("@")).replaceAll(".");
        return ADDRESS.matcher(joined).matches() ? Optional.of(joined) : Optional.empty();
    }

    /** The warning for an address read from its written-out form. */
    static String message(String key, String written, String address) {
        return key + " \"" + written + "\" spells an address out to hide it from harvesters; imported as " + address
                + " so that the mail link works (the exported page shows it as an ordinary address)";
    }
}
