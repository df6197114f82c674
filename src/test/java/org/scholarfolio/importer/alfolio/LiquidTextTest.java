package org.scholarfolio.importer.alfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Publication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Liquid patterns of real al-folio bodies: what resolves without Jekyll, and what is taken out. */
class LiquidTextTest {
    private final LiquidText liquid = new LiquidText(
            Map.of("email", "ada@example.org", "baseurl", "/site", "scholar", Map.of("bibliography", "papers.bib")),
            Map.of("title", "join us", "years", java.util.List.of(2024)),
            Map.of("_pages/prospective.md", "/prospective/"));

    private String resolved(String text) {
        return liquid.resolve(text).text();
    }

    /** Each character after an unclosed tag was a level of the regex engine's recursion: 20,000 overflowed the stack. */
    @ParameterizedTest
    @ValueSource(strings = {"{{ site.email ", "{% if page.title ", "{{ site.email }"})
    void aTagNeverClosedBeforeALongTextLeavesTheTextAsItIs(String unclosed) {
        String tail = " and then a long text".repeat(20_000);
        assertThat(resolved("Mail " + unclosed + tail)).isEqualTo("Mail " + unclosed + tail);
        assertThat(resolved("{{ site.email }} " + unclosed + tail)).isEqualTo("ada@example.org " + unclosed + tail);
    }

    @Test
    void siteAndPageVariablesComeFromConfigAndFrontMatter() {
        assertThat(resolved("Mail {{ site.email }} about {{page.title}}; {{ site.scholar.bibliography }}"))
                .isEqualTo("Mail ada@example.org about join us; papers.bib");
    }

    @Test
    void anEncodedEmailIsTheAddressItEncodes() {
        assertThat(resolved("<a href=\"mailto:{{ site.email | encode_email }}\">mail</a>"))
                .isEqualTo("<a href=\"mailto:ada@example.org\">mail</a>");
    }

    @Test
    void urlFiltersAndBaseurlKeepLinksRootRelativeForTheExportToFix() {
        assertThat(resolved("[CV]({{ '/assets/pdf/cv.pdf' | relative_url }}) [a]({{ 'slides.pdf' | absolute_url }})"
                + " <a href=\"{{ site.baseurl }}/teaching/\">t</a> <img src=\"{{ '/assets/img/x.png' | prepend: site.baseurl }}\">"))
                .isEqualTo("[CV](/assets/pdf/cv.pdf) [a](/slides.pdf) <a href=\"/teaching/\">t</a> <img src=\"/assets/img/x.png\">");
    }

    @Test
    void linkTagsBecomeThePagesPermalink() {
        assertThat(resolved("[join]({% link _pages/prospective.md %})")).isEqualTo("[join](/prospective/)");
    }

    @Test
    void figureIncludeBecomesAnImageWithClassAndCaption() {
        assertThat(resolved("{% include figure.liquid path=\"assets/img/lab.jpg\" class=\"img-fluid rounded\""
                + " caption=\"The lab, 2024\" zoomable=true %}"))
                .isEqualTo("<figure><img src=\"/assets/img/lab.jpg\" class=\"img-fluid rounded\" alt=\"The lab, 2024\">"
                        + "<figcaption>The lab, 2024</figcaption></figure>");
    }

    @Test
    void citeShowsAuthorAndYearLinkedToThePaperOnThePublicationsPage() {
        Citations papers = new Citations(List.of(
                paper("Lovelace:1843.notes", 1843, Author.of("Ada", "Lovelace")),
                paper("bb1837", 1837, Author.of("Charles", "Babbage"), new Author("Luigi", "de", "Menabrea", "", false, false, "", "", null)),
                paper("Team2020", 2020, Author.of("A.", "Hopper"), Author.of("B.", "Kernighan"), Author.of("C.", "Ritchie"))));
        LiquidText cited = new LiquidText(Map.of(), Map.of(), Map.of(), papers);
        assertThat(cited.resolve("as in {% cite lovelace:1843.notes %}.").text())
                .isEqualTo("as in ([Lovelace, 1843](/publications/#pub-lovelace-1843-notes)).");
        assertThat(cited.resolve("{% cite bb1837 Team2020 --file papers %}").text())
                .isEqualTo("([Babbage & de Menabrea, 1837](/publications/#pub-bb1837);"
                        + " [Hopper et al., 2020](/publications/#pub-team2020))");
        LiquidText.Result unknown = cited.resolve("see {% cite nowhere2001 %}");
        assertThat(unknown.text()).isEqualTo("see ");
        assertThat(unknown.removed()).extracting(LiquidText.Removed::what).containsExactly("{% cite nowhere2001 %}");
    }

    @Test
    void aBibliographyTagWithAQueryInANewsItemShowsThePapersItSelects() {
        // a lab's news item: "six papers accepted at the conference", the list made by a query
        Citations papers = new Citations(List.of(
                Publication.builder("a2023", "inproceedings").title("Seeing {3D} in <one> image").year(2023).abbr("CVPR")
                        .booktitle("Computer Vision & Pattern Recognition").authors(List.of(Author.of("Ana", "Li"),
                                Author.of("Bo", "Wu"))).build(),
                Publication.builder("b2023", "inproceedings").title("Other").year(2023).abbr("ICCV").build(),
                Publication.builder("c2022", "article").title("Earlier").year(2022).abbr("CVPR").journal("J").build(),
                Publication.builder("d2023", "inproceedings").title("Later in the year").year(2023).month(6).abbr("CVPR")
                        .bibtexFields(Map.of("projectcode", "Best paper")).build()));
        LiquidText news = new LiquidText(Map.of(), Map.of(), Map.of(), papers);
        assertThat(news.resolve("Accepted:\n<div class=\"publications\">\n"
                + "{% bibliography -f papers -q @*[year=2023&&abbr=CVPR]* %}\n</div>").text())
                .isEqualTo("Accepted:\n<div class=\"publications\">\n<ul>"
                        + "<li><a href=\"/publications/#pub-d2023\">Later in the year</a>, 2023.</li>"
                        + "<li><a href=\"/publications/#pub-a2023\">Seeing 3D in &lt;one&gt; image</a>. Ana Li, Bo Wu."
                        + " <em>Computer Vision &amp; Pattern Recognition</em>, 2023.</li></ul>\n</div>");
        assertThat(news.resolve("{% bibliography --query @article[year>=2022] %}").text()).contains("#pub-c2022")
                .doesNotContain("#pub-a2023");
        assertThat(news.resolve("{% bibliography -q \"@*[projectcode=Best paper || abbr=ICCV]\" %}").text())
                .contains("#pub-d2023", "#pub-b2023").doesNotContain("#pub-a2023");
        // what the list cannot evaluate, or what selects nothing, is taken out and reported as before
        for (String tag : List.of("{% bibliography -q @*[title~=(a+)+$] %}", "{% bibliography -q @*[year=1900] %}",
                "{% bibliography %}")) {
            LiquidText.Result r = news.resolve(tag);
            assertThat(r.text()).isEmpty();
            assertThat(r.removed()).extracting(LiquidText.Removed::what).containsExactly(tag);
        }
        // the home page's selected papers stay a switch of the profile
        LiquidText.Result selected = news.resolve("{% bibliography -f papers -q @*[selected=true]* %}");
        assertThat(selected.text()).isEmpty();
        assertThat(selected.selectedPapers()).isTrue();
    }

    private static Publication paper(String key, int year, Author... authors) {
        return Publication.builder(key, "article").year(year).authors(List.of(authors)).build();
    }

    @Test
    void rawKeepsItsInsideAndCommentsVanishSilently() {
        LiquidText.Result r = liquid.resolve("{% raw %}{{ not liquid }}{% endraw %}{% comment %}note{% endcomment %}.");
        assertThat(r.text()).isEqualTo("{{ not liquid }}.");
        assertThat(r.removed()).isEmpty();
    }

    @Test
    void loopsConditionsAndUnknownsAreTakenOutAndListed() {
        LiquidText.Result r = liquid.resolve("""
                Hello.
                {% if site.x %}shown only {{ maybe }}{% if y %}nested{% endif %}{% endif %}
                {% include calendar.liquid %} {{ site.nothing }} {{ item.title | upcase }} {% assign n = site.posts | size %}
                Bye.""");
        assertThat(r.text()).isEqualTo("Hello.\n\n   \nBye.");
        assertThat(r.removed()).extracting(LiquidText.Removed::what).containsExactly(
                "{% if site.x %}shown only {{ maybe }}{% if y %}nested{% endif %}{% endif %}",
                "{% include calendar.liquid %}", "{{ site.nothing }}", "{{ item.title | upcase }}", "{% assign n = site.posts | size %}");
        assertThat(r.removed().get(1).offset()).isEqualTo("Hello.\n{% if site.x %}shown only {{ maybe }}{% if y %}nested{% endif %}{% endif %}\n".length());
    }

    @Test
    void anAssignOfAKnownValueWritesNothingAndNamesItForTheTagsAfterIt() {
        LiquidText.Result r = liquid.resolve("{% assign n = 3 %}{% assign who = site.email | upcase %}{{ who }}, {{ n }}.");
        assertThat(r.text()).isEqualTo("ADA@EXAMPLE.ORG, 3.");
        assertThat(r.removed()).isEmpty();
    }

    @Test
    void whitespaceControlTakesTheBlanksAndLineBreaksBesideATag() {
        LiquidText.Result r = liquid.resolve("a  \n  {%- comment %}x{% endcomment -%}  \n b {{- 'c' -}} \n d");
        assertThat(r.text()).isEqualTo("abcd");
    }

    @Test
    void aTemplateGivenParametersThatLoadsFromAnotherHostIsStillTakenOut() {
        // al-folio's calendar include: an iframe of another host and a script, which the exported site never loads
        LiquidText withCalendar = new LiquidText(Map.of(), Map.of(), Map.of()).withIncludes(name -> name.equals("calendar.liquid")
                ? "<iframe src=\"https://calendar.example.com/embed?src={{ include.calendar_id }}\"></iframe>\n" : null);
        LiquidText.Result r = withCalendar.resolve("Office hours below.\n{% include calendar.liquid calendar_id='a@b.org' %}\n");
        assertThat(r.text()).isEqualTo("Office hours below.\n\n");
        assertThat(r.removed()).extracting(LiquidText.Removed::what).containsExactly("{% include calendar.liquid calendar_id='a@b.org' %}");
    }

    @Test
    void newsLoopsAndSelectedPapersAreRecognised() {
        assertThat(liquid.resolve("{% assign sorted = site.news | sort: \"date\" | reverse %}").newsLoop()).isTrue();
        assertThat(liquid.resolve("{% for item in site.news reversed %}{{ item.content }}{% endfor %}").newsLoop()).isTrue();
        assertThat(liquid.resolve("{% include news.liquid limit=true %}").newsLoop()).isTrue();
        assertThat(liquid.resolve("{% include selected_papers.liquid %}").selectedPapers()).isTrue();
        assertThat(liquid.resolve("{% bibliography -f papers -q @*[selected=true]* %}").selectedPapers()).isTrue();
        assertThat(liquid.resolve("{% include figure.liquid path=x %}").newsLoop()).isFalse();
    }
}
