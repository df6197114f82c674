package org.scholarfolio.site.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.scholarfolio.model.Author;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;

/**
 * The same content as a minimal Hugo site, for comparison: a page per publication (authors, venue,
 * abstract rendered from Markdown, BibTeX), per news item with a page of its own and per page; the
 * publication list grouped by year with every abstract and BibTeX entry, the news list, and a home
 * page with the bio, the latest news and the selected papers. One plain layout, no theme; Hugo adds
 * its RSS feeds and sitemap as it always does. Front matter is JSON, which escapes simply.
 */
final class HugoSite {
    private HugoSite() {
    }

    static void write(Portfolio portfolio, Path dir) throws IOException {
        write(dir.resolve("config.toml"), """
                baseURL = "https://example.org/"
                title = "%s"
                enableEmoji = true
                disableKinds = ["taxonomy", "term"]
                """.formatted(portfolio.site().title()));
        write(dir.resolve("content/_index.md"), frontMatter(Map.of("title", portfolio.site().title()))
                + portfolio.profile().bio());
        write(dir.resolve("content/publications/_index.md"), frontMatter(Map.of("title", "publications")));
        for (Publication p : portfolio.publications()) {
            write(dir.resolve("content/publications/" + p.citationKey() + ".md"), publication(p));
        }
        write(dir.resolve("content/news/_index.md"), frontMatter(Map.of("title", "news")));
        int i = 0;
        for (NewsItem n : portfolio.news()) {
            Map<String, Object> fm = new java.util.LinkedHashMap<>();
            fm.put("title", n.title().isBlank() ? "News of " + n.date().date() : n.title());
            fm.put("date", n.date().date().toString());
            fm.put("inline", n.inline());
            if (n.inline()) {
                fm.put("_build", Map.of("render", "never", "list", "always"));
            }
            write(dir.resolve("content/news/" + n.date().date() + "-" + (i++) + ".md"), frontMatter(fm) + n.body());
        }
        for (Page page : portfolio.pages()) {
            write(dir.resolve("content/" + page.slug() + ".md"), frontMatter(Map.of("title", page.title())) + page.body());
        }
        layouts(dir.resolve("layouts"));
    }

    private static String publication(Publication p) {
        Map<String, Object> fm = new java.util.LinkedHashMap<>();
        fm.put("title", p.title().replace("{", "").replace("}", ""));
        fm.put("date", p.year() + "-" + String.format("%02d", p.month() == null ? 1 : p.month()) + "-01");
        fm.put("authors", p.authors().stream().map(HugoSite::authorLabel).toList());
        fm.put("venue", p.venue());
        fm.put("abbr", p.abbr());
        fm.put("year", p.year());
        fm.put("doi", p.doi());
        fm.put("arxiv", p.arxiv());
        fm.put("pdf", p.links().pdf());
        fm.put("code", p.links().get(org.scholarfolio.model.LinkKind.CODE));
        fm.put("award", p.awardName());
        fm.put("selected", p.selected());
        fm.put("bibtex", bibtex(p));
        return frontMatter(fm) + p.abstractText();
    }

    private static String authorLabel(Author a) {
        return a.displayName() + (a.equalContribution() ? "*" : "") + (a.corresponding() ? "†" : "");
    }

    private static String bibtex(Publication p) {
        StringBuilder sb = new StringBuilder("@").append(p.entryType()).append('{').append(p.citationKey()).append(",\n");
        field(sb, "title", p.title());
        field(sb, "author", p.authors().stream().map(Author::bibtexName).collect(Collectors.joining(" and ")));
        field(sb, p.journal().isBlank() ? "booktitle" : "journal", p.venue());
        field(sb, "year", String.valueOf(p.year()));
        field(sb, "volume", p.volume());
        field(sb, "number", p.number());
        field(sb, "pages", p.pages());
        field(sb, "doi", p.doi());
        p.bibtexFields().forEach((k, v) -> field(sb, k, v));
        return sb.append('}').toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (!value.isBlank()) {
            sb.append("  ").append(name).append(" = {").append(value).append("},\n");
        }
    }

    private static void layouts(Path dir) throws IOException {
        write(dir.resolve("_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} | {{ site.Title }}{{ end }}</title>
                </head>
                <body>
                <nav><a href="{{ "/" | relURL }}">about</a> <a href="{{ "/publications/" | relURL }}">publications</a>
                <a href="{{ "/news/" | relURL }}">news</a> <a href="{{ "/teaching/" | relURL }}">teaching</a></nav>
                <main>{{ block "main" . }}{{ end }}</main>
                <footer>Last updated {{ now.Format "January 2, 2006" }}.</footer>
                </body>
                </html>
                """);
        write(dir.resolve("_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
                """);
        write(dir.resolve("_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
                """);
        String entry = """
                <div class="pub">{{ with .Params.abbr }}<abbr>{{ . }}</abbr>{{ end }}
                <a class="title" href="{{ .RelPermalink }}">{{ .Title }}</a>
                <div class="authors">{{ delimit .Params.authors ", " }}</div>
                <div class="venue"><em>{{ .Params.venue }}</em>, {{ .Params.year }}{{ with .Params.award }} <strong>{{ . }}</strong>{{ end }}</div>
                <div class="links">{{ with .Params.pdf }}<a href="{{ . }}">PDF</a>{{ end }}{{ with .Params.code }} <a href="{{ . }}">Code</a>{{ end }}{{ with .Params.doi }} <a href="https://doi.org/{{ . }}">DOI</a>{{ end }}</div>
                <details class="abstract"><summary>Abs</summary>{{ .Content }}</details>
                <details class="bibtex"><summary>Bib</summary><pre>{{ .Params.bibtex }}</pre></details></div>
                """;
        write(dir.resolve("partials/publication.html"), entry);
        write(dir.resolve("publications/list.html"), """
                {{ define "main" }}<h1>publications</h1>
                {{ range .Pages.GroupByDate "2006" }}<h2>{{ .Key }}</h2>
                {{ range .Pages }}{{ partial "publication.html" . }}{{ end }}{{ end }}{{ end }}
                """);
        write(dir.resolve("publications/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1>
                <p>{{ delimit .Params.authors ", " }}</p><p><em>{{ .Params.venue }}</em>, {{ .Params.year }}</p>
                <h2>Abstract</h2>{{ .Content }}<h2>BibTeX</h2><pre>{{ .Params.bibtex }}</pre></article>{{ end }}
                """);
        write(dir.resolve("news/list.html"), """
                {{ define "main" }}<h1>news</h1><table>
                {{ range .Pages }}<tr><th>{{ .Date.Format "Jan 2, 2006" }}</th><td>{{ if .Params.inline }}{{ .Content }}{{ else }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</td></tr>
                {{ end }}</table>{{ end }}
                """);
        write(dir.resolve("index.html"), """
                {{ define "main" }}<h1>{{ site.Title }}</h1>{{ .Content }}
                <h2>news</h2><table>{{ range first 5 (where site.RegularPages "Section" "news") }}<tr><th>{{ .Date.Format "Jan 2, 2006" }}</th><td>{{ if .Params.inline }}{{ .Content }}{{ else }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</td></tr>{{ end }}</table>
                <h2>selected publications</h2>{{ range where (where site.RegularPages "Section" "publications") "Params.selected" true }}{{ partial "publication.html" . }}{{ end }}{{ end }}
                """);
    }

    /** JSON front matter: Hugo reads a page that starts with "{" up to the matching "}" as JSON. */
    private static String frontMatter(Map<String, ?> fields) {
        return fields.entrySet().stream().map(e -> json(e.getKey()) + ": " + jsonValue(e.getValue()))
                .collect(Collectors.joining(",\n", "{\n", "\n}\n\n"));
    }

    private static String jsonValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> json(String.valueOf(e.getKey())) + ": " + jsonValue(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof List<?> list) {
            return list.stream().map(HugoSite::jsonValue).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Boolean || v instanceof Number) {
            return v.toString();
        }
        return json(v == null ? "" : v.toString());
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
