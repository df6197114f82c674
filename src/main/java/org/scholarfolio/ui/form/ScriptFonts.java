package org.scholarfolio.ui.form;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Font;

/**
 * Shows Chinese, Japanese and Korean text in a font that has the glyphs. JavaFX on Linux does not
 * fall back glyph by glyph to the CJK fonts fontconfig knows (Noto Sans CJK comes as a .ttc
 * collection), and a CSS font-family list picks one family for the whole text rather than per
 * glyph; so a field switches to an installed CJK family while its text has CJK characters. Those
 * families carry Latin letters too.
 */
public final class ScriptFonts {
    private static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans CJK TC",
            "Noto Sans CJK JP", "Noto Sans CJK KR", "Source Han Sans SC", "Source Han Sans", "WenQuanYi Micro Hei",
            "Droid Sans Fallback", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB");
    private static Optional<String> cjkFamily;

    private ScriptFonts() {
    }

    /** True when the text has a Han, kana, Hangul or Bopomofo character. */
    public static boolean hasCjk(String text) {
        if (text == null) {
            return false;
        }
        // Called on every keystroke with the whole text (a 20 KB bio too): the scripts start at
        // U+1100, so most characters are passed over without a lookup.
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_CJK && isCjk(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Hangul Jamo, the first block of the scripts below. */
    private static final char FIRST_CJK = '\u1100';

    private static boolean isCjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || s == Character.UnicodeScript.BOPOMOFO;
    }

    /** The first CJK family installed here, if any. */
    public static synchronized Optional<String> cjkFamily() {
        if (cjkFamily == null) {
            List<String> installed = Font.getFamilies();
            cjkFamily = CJK_FAMILIES.stream().filter(installed::contains).findFirst();
        }
        return cjkFamily;
    }

    /** Keeps the field's font able to show its text as the text changes. */
    public static void follow(TextInputControl field) {
        follow(field.textProperty(), field);
    }

    /** The same for a multi-line field. */
    public static void follow(ParagraphTextArea field) {
        follow(field.textProperty(), field);
    }

    private static void follow(ObservableValue<String> text, Node field) {
        Consumer<Boolean> show = cjk -> {
            Optional<String> family = cjk ? cjkFamily() : Optional.empty();
            field.setStyle(family.map(f -> "-fx-font-family: \"" + f + "\";").orElse(""));
        };
        long[] asked = {0};
        Runnable update = () -> {
            String value = text.getValue();
            long number = ++asked[0];
            if (value == null || value.length() <= CHECKED_IN_BACKGROUND) {
                show.accept(hasCjk(value));
                return;
            }
            // A 10 MB bio took the JavaFX thread tens of milliseconds per change; only the latest answer is shown.
            CompletableFuture.supplyAsync(() -> hasCjk(value), CHECKER).thenAcceptAsync(cjk -> {
                if (number == asked[0]) {
                    show.accept(cjk);
                }
            }, Platform::runLater);
        };
        text.addListener((obs, old, now) -> update.run());
        update.run();
    }

    /** Texts longer than this are searched for CJK characters off the JavaFX thread. */
    static final int CHECKED_IN_BACKGROUND = 100_000;
    private static final Executor CHECKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scholarfolio-script-check");
        t.setDaemon(true);
        return t;
    });
}
