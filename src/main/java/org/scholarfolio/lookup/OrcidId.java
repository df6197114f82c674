package org.scholarfolio.lookup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ORCID iD ({@code 0000-0002-1825-0097}), its check digit verified (ISO 7064 11,2). */
public record OrcidId(String value) {
    private static final Pattern FORM = Pattern.compile(
            "^(?:https?://)?(?:(?:www\\.|sandbox\\.)?orcid\\.org/)?(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])/?$",
            Pattern.CASE_INSENSITIVE);

    /** @throws IllegalArgumentException naming the text when it is no ORCID iD */
    public static OrcidId parse(String text) {
        String s = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + s + "\" is not an ORCID iD: it reads 0000-0002-1825-0097");
        }
        String id = m.group(1).toUpperCase(java.util.Locale.ROOT);
        if (checkDigit(id.replace("-", "").substring(0, 15)) != id.charAt(id.length() - 1)) {
            throw new IllegalArgumentException("\"" + s + "\" is not an ORCID iD: its last character (the check digit) "
                    + "does not fit the others; check for a typing mistake");
        }
        return new OrcidId(id);
    }

    static char checkDigit(String digits) {
        int total = 0;
        for (char c : digits.toCharArray()) {
            total = (total + (c - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : (char) ('0' + result);
    }

    public String url() {
        return "https://orcid.org/" + value;
    }

    @Override
    public String toString() {
        return "orcid:" + value;
    }
}
