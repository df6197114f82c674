package org.scholarfolio.site;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scholarfolio.model.InlineText;

/**
 * An award as al-folio shows it (its text through Markdown): inline markup as {@link InlineHtml}
 * writes it, and Markdown links {@code [text](address)} as links when the address is http, https
 * or mailto. Any other link stays as written, text; nothing else becomes an element, so an award
 * can carry no image or script.
 */
final class AwardHtml {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\[]+)]\\(\\s*(\\S+?)\\s*\\)");
    private static final Pattern SAFE = Pattern.compile("(?i)(https?://[^\\s<>\"]+|mailto:[^\\s<>\"]+)");

    private AwardHtml() {
    }

    static String html(String award, Function<InlineText.Math, String> math) {
        StringBuilder out = new StringBuilder();
        Matcher m = LINK.matcher(award);
        int last = 0;
        while (m.find()) {
            if (!SAFE.matcher(m.group(2)).matches()) {
                continue;
            }
            out.append(inline(award.substring(last, m.start()), math));
            out.append("<a href=\"").append(InlineHtml.escape(m.group(2))).append("\">")
                    .append(inline(m.group(1), math)).append("</a>");
            last = m.end();
        }
        out.append(inline(award.substring(last), math));
        return out.toString();
    }

    private static String inline(String text, Function<InlineText.Math, String> math) {
        return InlineHtml.html(text, math);
    }
}
