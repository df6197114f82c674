package org.scholarfolio.markdown;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Quote marks around an address in raw HTML, taken off before the allow-list judges it. A value opened by
 * a typographic quote, as a word processor or a phone's keyboard writes it ({@code <a href=”https://x.org/c">}),
 * is unquoted to an HTML parser: the quotes are part of the address, which a browser reads as a path on the
 * page's own site ({@code %E2%80%9Dhttps://x.org/c%22}, a page that is not there). The researcher meant the
 * address between them (no address starts with a quote mark); that address is what the allow-list then accepts
 * or refuses ({@code ”javascript:x"} is refused as {@code javascript:x} is). Markdown's {@code [x](“https://x.org”)}
 * reaches the allow-list the same way and is read the same.
 */
final class AddressQuotes {
    /** ASCII quotes, typographic single and double quotes (low and high, reversed), guillemets. */
    private static final String QUOTES = "\"'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A";

    private AddressQuotes() {
    }

    static void strip(Document doc) {
        for (Element e : doc.select(HtmlSanitizer.ADDRESSES)) {
            for (String attribute : new String[] {"href", "src"}) {
                if (e.hasAttr(attribute)) {
                    String value = e.attr(attribute);
                    String unquoted = unquoted(value);
                    if (!unquoted.equals(value)) {
                        e.attr(attribute, unquoted);
                    }
                }
            }
        }
    }

    /**
     * {@code address} without the quote marks (and white space between them and it) at its start and end, when
     * it starts with one; else as it is: {@code https://x.org/?q="a"} ends with a quote the query may mean.
     */
    static String unquoted(String address) {
        if (!startsWithQuote(address)) {
            return address;
        }
        int from = 0;
        int to = address.length();
        while (from < to && (QUOTES.indexOf(address.charAt(from)) >= 0 || Character.isWhitespace(address.charAt(from)))) {
            from++;
        }
        while (to > from && (QUOTES.indexOf(address.charAt(to - 1)) >= 0 || Character.isWhitespace(address.charAt(to - 1)))) {
            to--;
        }
        return address.substring(from, to);
    }

    static boolean startsWithQuote(String address) {
        return !address.isEmpty() && QUOTES.indexOf(address.charAt(0)) >= 0;
    }
}
