package org.scholarfolio.ui.form;

import java.util.regex.Pattern;

/** What a whole-number field may hold while it is typed into, and what it means once left. */
public final class WholeNumbers {
    private static final Pattern SIGN_AND_DIGITS = Pattern.compile("-?[0-9]*");

    private WholeNumbers() {
    }

    /** Empty, a lone minus sign, or a number that fits an {@code int}: the steps of typing one. */
    public static boolean isTyping(String text) {
        return SIGN_AND_DIGITS.matcher(text).matches() && (text.isEmpty() || text.equals("-") || isWhole(text));
    }

    /** A number that fits an {@code int}, as {@link Integer#parseInt} reads it. */
    public static boolean isWhole(String text) {
        try {
            Integer.parseInt(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
