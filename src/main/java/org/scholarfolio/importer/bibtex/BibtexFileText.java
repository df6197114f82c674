package org.scholarfolio.importer.bibtex;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarfolio.model.Diagnostic;

/**
 * A .bib file's bytes as text, decoded the way JabRef and biber find the encoding: a byte-order
 * mark (UTF-8, UTF-16), else JabRef's {@code % Encoding: …} header or Emacs's {@code -*- coding: … -*-} line,
 * else UTF-8, else GB18030 when the other bytes are all Chinese as GBK writes them, else windows-1252
 * (what older Windows tools wrote). Any guess is reported with the encoding used; no file is refused.
 */
public final class BibtexFileText {

    private static final Pattern JABREF_HEADER = Pattern.compile("(?m)^%\\s*Encoding:\\s*([\\w.:-]+)");
    /** Emacs's file-variables line, {@code -*- coding: latin-9-unix -*-}, on the first or second line. */
    private static final Pattern EMACS_CODING = Pattern.compile("-\\*-.*?\\bcoding:\\s*([\\w.:-]+?)\\s*(?:;.*)?-\\*-");
    private static final Pattern EMACS_LATIN = Pattern.compile("(?:iso-)?latin-?(\\d{1,2})");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset GB18030 = Charset.forName("GB18030");

    private BibtexFileText() {
    }

    public static String decode(byte[] bytes, String file, List<Diagnostic> warnings) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            warn(warnings, file, "The file has no byte-order mark but looks like " + utf16.name() + "; it was read as " + utf16.name() + ".");
            return lenient(bytes, 0, utf16);
        }
        Charset declared = declared(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return lenient(bytes, 0, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (declared == null && looksLikeGb(bytes)) {
                warn(warnings, file, "The file is not UTF-8; its other characters are Chinese as GBK writes them (CNKI's"
                        + " and older Chinese tools' exports), so it was read as GB18030. Check the names and titles, and"
                        + " save the file as UTF-8.");
                return new String(bytes, GB18030);
            }
            warn(warnings, file, (declared != null ? "The file says it is UTF-8 but is not" : "The file is not UTF-8")
                    + "; it was read as windows-1252. Check accented letters, and save the file as UTF-8.");
            return new String(bytes, WINDOWS_1252);
        }
    }

    /**
     * Chinese in GBK (GB2312's EUC-CN bytes) with no header: every byte above ASCII is one of a pair, lead
     * 0xA1-0xF7 and trail 0xA1-0xFE, and some pair is a hanzi past Korean's Hangul rows (lead 0xC9-0xF7, which
     * EUC-KR's Hangul never uses). windows-1252 text never passes: its accented letters stand alone among ASCII.
     */
    static boolean looksLikeGb(byte[] bytes) {
        int pairs = 0;
        boolean pastHangul = false;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            int next = i + 1 < bytes.length ? bytes[i + 1] & 0xFF : 0;
            if (b < 0xA1 || b > 0xF7 || next < 0xA1 || next > 0xFE) {
                return false;
            }
            pairs++;
            pastHangul |= b >= 0xC9;
            i++;
        }
        return pairs >= 2 && pastHangul;
    }

    /** The charset JabRef's header or an Emacs coding line names, when Java knows it. */
    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
        Matcher m = JABREF_HEADER.matcher(head);
        if (m.find()) {
            return charset(m.group(1).toLowerCase(Locale.ROOT).equals("cp1252") ? "windows-1252" : m.group(1));
        }
        int firstLines = head.indexOf('\n', head.indexOf('\n') + 1);
        Matcher emacs = EMACS_CODING.matcher(firstLines < 0 ? head : head.substring(0, firstLines));
        return emacs.find() ? charset(emacsCharsetName(emacs.group(1).toLowerCase(Locale.ROOT))) : null;
    }

    /** Emacs's coding-system name as Java knows it: {@code latin-9-unix} is ISO-8859-15, {@code latin-1} ISO-8859-1. */
    private static String emacsCharsetName(String coding) {
        String name = coding.replaceFirst("-(unix|dos|mac)$", "");
        Matcher latin = EMACS_LATIN.matcher(name);
        if (latin.matches()) {
            int n = Integer.parseInt(latin.group(1));
            // Emacs's Latin-N and the ISO-8859 part that holds it (ISO-8859-12 was never published)
            int[] part = {15, 1, 2, 3, 4, 9, 10, 13, 14, 15, 16};
            return n < part.length ? "ISO-8859-" + part[n] : name;
        }
        return name.equals("cp1252") ? "windows-1252" : name;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** UTF-16 text of ASCII characters has a zero in every other byte. */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int n = Math.min(bytes.length, 400) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int half = n / 2;
        if (evenZeros > half * 0.6 && oddZeros == 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZeros > half * 0.6 && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String lenient(byte[] bytes, int from, Charset charset) {
        return new String(bytes, from, bytes.length - from, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void warn(List<Diagnostic> warnings, String file, String message) {
        warnings.add(Diagnostic.imported(file, 0, Diagnostic.Kind.ADJUSTED, message));
    }
}
