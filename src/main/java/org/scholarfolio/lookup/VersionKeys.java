package org.scholarfolio.lookup;

import java.text.Normalizer;
import java.util.Locale;
import org.scholarfolio.model.InlineText;

/** What makes two versions of a paper recognisably the same: folded title, version-less arXiv id. */
final class VersionKeys {
    private VersionKeys() {
    }

    static String title(String title) {
        // As a reader sees it: "The \\emph{lac} operon" (a looked-up title) is "The lac operon" (a typed one).
        String plain = Normalizer.normalize(InlineText.plain(title).replace("{", "").replace("}", ""), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return "title:" + plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String arxiv(String id) {
        return id.toLowerCase(Locale.ROOT).replaceFirst("^arxiv:", "").replaceFirst("v\\d+$", "").strip();
    }
}
