package org.scholarfolio.site;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the preview's page from loading anything outside the portfolio folder and the staged theme
 * files. The preview is a {@code file:} page whose {@code <base>} is in the portfolio folder, so an
 * address the export leaves as written (with its warning "matches no page of the site and no
 * file") would be read by WebKit from wherever it leads: {@code ../x.png}, {@code /home/…}, a link
 * in the portfolio that points out. Such an address becomes {@code about:blank} (a
 * {@code srcset} is emptied); a {@code //host/…} address becomes {@code https:}, as a visitor's
 * browser reads it (on a {@code file:} page it would name a network share).
 */
final class PreviewAddresses {
    static final String BLOCKED = "about:blank";
    // The templates and the sanitiser write every attribute in double quotes.
    private static final Pattern ADDRESS = Pattern.compile("(?<=\\s)(src|href|srcset|poster)=\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final Path portfolioDir;
    private final Path stagingDir;
    private final Path realPortfolioDir;
    private final Path realStagingDir;

    /** Both folders absolute and normalised. */
    PreviewAddresses(Path portfolioDir, Path stagingDir) {
        this.portfolioDir = portfolioDir;
        this.stagingDir = stagingDir;
        this.realPortfolioDir = realOrSelf(portfolioDir);
        this.realStagingDir = realOrSelf(stagingDir);
    }

    /** {@code html} with every address that leads out replaced; {@code page} is the file the page's base names. */
    String confine(String html, Path page) {
        Path pageDir = page.getParent();
        Map<String, String> decided = new HashMap<>();
        Matcher m = ADDRESS.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        while (m.find()) {
            String attribute = m.group(1);
            String value = m.group(2);
            String safe = decided.computeIfAbsent(attribute + '\u0000' + value,
                    k -> attribute.equals("srcset") ? srcset(value, pageDir) : address(value, pageDir));
            m.appendReplacement(out, Matcher.quoteReplacement(attribute + "=\"" + safe + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String srcset(String value, Path pageDir) {
        for (String candidate : value.split(",")) {
            String url = candidate.strip().split("\\s+")[0];
            if (!url.isEmpty() && !address(url, pageDir).equals(url)) {
                return "";
            }
        }
        return value;
    }

    private String address(String written, Path pageDir) {
        String value = AttributeText.of(written).strip();
        if (value.isEmpty() || value.startsWith("#")) {
            return written;
        }
        if (value.startsWith("//")) {
            return "https:" + written.strip();
        }
        Matcher scheme = SCHEME.matcher(value);
        try {
            if (scheme.find()) {
                if (!scheme.group().toLowerCase(Locale.ROOT).equals("file:")) {
                    return written;
                }
                return allowed(Path.of(URI.create(value.split("[?#]", 2)[0]))) ? written : BLOCKED;
            }
            String path = URLDecoder.decode(value.split("[?#]", 2)[0].replace("+", "%2B"), StandardCharsets.UTF_8);
            Path target = path.startsWith("/") ? Path.of(path) : pageDir.resolve(path);
            return allowed(target.toAbsolutePath().normalize()) ? written : BLOCKED;
        } catch (IllegalArgumentException e) { // a malformed address or path (InvalidPathException too)
            return BLOCKED;
        }
    }

    /** Inside one of the two folders by name, and, when it exists, with every link followed. */
    private boolean allowed(Path target) {
        Path t = target.normalize();
        if (!t.startsWith(portfolioDir) && !t.startsWith(stagingDir)) {
            return false;
        }
        if (!Files.exists(t)) {
            return true;
        }
        try {
            Path real = t.toRealPath();
            return real.startsWith(realPortfolioDir) || real.startsWith(realStagingDir);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path realOrSelf(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir;
        }
    }
}
