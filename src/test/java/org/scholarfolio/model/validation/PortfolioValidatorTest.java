package org.scholarfolio.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholarfolio.model.Author;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Photo;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.model.UnknownFields;

class PortfolioValidatorTest {
    private static Portfolio named() {
        Portfolio p = Portfolio.empty();
        return p.withProfile(p.profile().toBuilder().name(new PersonName("Ada", "", "Lovelace")).build());
    }

    private static Publication pub(String key, Integer year) {
        return Publication.builder(key, "article").title("T").authors(List.of(Author.of("Ada", "Lovelace"))).year(year).build();
    }

    private static List<String> paths(List<Diagnostic> problems, Diagnostic.Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).map(Diagnostic::path).toList();
    }

    @Test
    void aNamedEmptyPortfolioHasNoProblems() {
        assertThat(PortfolioValidator.validate(named(), null)).isEmpty();
    }

    @Test
    void embedHostsThatNameNoHostAreWarnedAtTheirEntry() {
        Portfolio p = named().withSite(named().site().toBuilder()
                .embedHosts(List.of("www.youtube.com", "https://player.vimeo.com:8443", "*.example.org", "10.0.0.1")).build());
        List<Diagnostic> problems = PortfolioValidator.validate(p, null);
        assertThat(paths(problems, Diagnostic.Severity.WARNING))
                .containsExactly("site.embedHosts[1]", "site.embedHosts[2]", "site.embedHosts[3]");
        assertThat(problems).extracting(Diagnostic::message).satisfiesExactly(
                m -> assertThat(m).contains("https://player.vimeo.com:8443", "port"),
                m -> assertThat(m).contains("*.example.org", "wildcard"),
                m -> assertThat(m).contains("10.0.0.1", "IP address"));
    }

    @Test
    void missingNameIsAnError() {
        assertThat(paths(PortfolioValidator.validate(Portfolio.empty(), null), Diagnostic.Severity.ERROR))
                .containsExactly("profile.name");
    }

    @Test
    void duplicateCitationKeysPointAtTheSecondEntry() {
        var p = named().withPublications(List.of(pub("a", 2000), pub("b", 2001), pub("A", 2002)));
        List<Diagnostic> problems = PortfolioValidator.validate(p, null);
        assertThat(paths(problems, Diagnostic.Severity.ERROR)).containsExactly("publications[2].citationKey");
        assertThat(problems.get(0).message()).contains("publications[0]");
    }

    @Test
    void aPaperWithoutAuthorsIsWarnedAtItsAuthors() {
        var none = Publication.builder("anon2001", "article").title("T").year(2001).build();
        List<Diagnostic> problems = PortfolioValidator.validate(named().withPublications(List.of(pub("a", 2000), none)), null);
        assertThat(paths(problems, Diagnostic.Severity.WARNING)).containsExactly("publications[1].authors");
        assertThat(problems.get(0).message()).contains("\"anon2001\"", "no authors", "Google Scholar");
    }

    @Test
    void duplicateDoisAreWarned() {
        var a = pub("a", 2000).toBuilder().doi("10.1/X").build();
        var b = pub("b", 2000).toBuilder().doi("10.1/x").build();
        assertThat(paths(PortfolioValidator.validate(named().withPublications(List.of(a, b)), null),
                Diagnostic.Severity.WARNING)).containsExactly("publications[1].doi");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 999, 1200, 3000})
    void implausibleYearsAreErrors(int year) {
        assertThat(paths(PortfolioValidator.validate(named().withPublications(List.of(pub("a", year))), null),
                Diagnostic.Severity.ERROR)).containsExactly("publications[0].year");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            javascript:alert(1)          | error
            JaVaScRiPt:alert(1)          | error
            data:text/html,<script>      | error
            file:///etc/passwd           | error
            //evil.example/x             | error
            ../../etc/passwd             | error
            /etc/passwd                  | error
            https://example.org/a.pdf    | ok
            mailto:a@b.org               | ok
            https://exa mple.org/a.pdf   | error
            https://a^b.org/             | error
            https://                     | error
            https://example.org/a b.pdf  | ok
            https://user@例え.jp:8080/x  | ok
            http://[::1]:8080/x          | ok
            """)
    void linkSchemesAndEscapingPathsAreChecked(String link, String expected) {
        var p = named().withPublications(List.of(pub("a", 2000).toBuilder()
                .links(new PublicationLinks("", link, "", "", "", "", "", "", "")).build()));
        List<String> errors = paths(PortfolioValidator.validate(p, null), Diagnostic.Severity.ERROR);
        if (expected.equals("ok")) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).containsExactly("publications[0].links.pdf");
        }
    }

    @Test
    void missingAssetFilesAreWarnedAndPresentOnesAreNot(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("assets/here.pdf"), "%PDF");
        var p = named().withPublications(List.of(
                pub("a", 2000).toBuilder().links(new PublicationLinks("", "here.pdf", "", "", "", "", "", "", "")).build(),
                pub("b", 2000).toBuilder().links(new PublicationLinks("", "gone.pdf", "", "", "", "", "", "", "")).build()));
        p = p.withProfile(p.profile().toBuilder().photo(new Photo("assets/me.jpg", Photo.Align.LEFT, true, "")).build());
        List<Diagnostic> problems = PortfolioValidator.validate(p, dir);
        assertThat(paths(problems, Diagnostic.Severity.WARNING))
                .containsExactlyInAnyOrder("publications[1].links.pdf", "profile.photo.path");
        assertThat(problems).allSatisfy(pr -> assertThat(pr.message()).contains("does not exist"));
    }

    /** Before, {@code validate} stopped with an {@code InvalidPathException} at a NUL in a preview image's name. */
    @Test
    void aFileNameWithANulIsAnErrorNamingTheFieldNotACrash(@TempDir Path dir) {
        var p = named().withPublications(List.of(pub("a", 2000).toBuilder().preview("me\u0000.png")
                .links(new PublicationLinks("", "x\u0000.pdf", "", "", "", "", "", "", "")).build()));
        List<Diagnostic> problems = PortfolioValidator.validate(p, dir);
        assertThat(paths(problems, Diagnostic.Severity.ERROR))
                .containsExactlyInAnyOrder("publications[0].preview", "publications[0].links.pdf");
        assertThat(problems).filteredOn(pr -> pr.path().endsWith("preview")).singleElement()
                .satisfies(pr -> assertThat(pr.message()).contains("is not a usable file name"));
    }

    /** Field names BibTeX cannot hold break the whole entry in the BibTeX files; they are named. */
    @Test
    void bibtexFieldNamesBibtexCannotHoldAreWarnedAbout() {
        var p = named().withPublications(List.of(pub("a", 2000).toBuilder()
                .bibtexFields(java.util.Map.of("issn", "1", "x}y", "2", "a b", "3", "", "4")).build()));
        List<Diagnostic> problems = PortfolioValidator.validate(p, null);
        assertThat(paths(problems, Diagnostic.Severity.WARNING)).containsExactly(
                "publications[0].bibtexFields", "publications[0].bibtexFields", "publications[0].bibtexFields");
        assertThat(problems).extracting(Diagnostic::message).allSatisfy(m -> assertThat(m).contains("is not a BibTeX field name"))
                .anySatisfy(m -> assertThat(m).startsWith("\"x}y\""));
    }

    @Test
    void aPlaceholderLinkIsSaidToLeadNowhereNotToBeAMissingFile(@TempDir Path dir) {
        // an al-folio entry's code = {#}: a button whose address is still to come
        var p = named().withPublications(List.of(
                pub("a", 2000).toBuilder().links(new PublicationLinks("", "", "", "", "", "", "", "", "#")).build()));
        List<Diagnostic> problems = PortfolioValidator.validate(p, dir);
        assertThat(problems).singleElement().satisfies(pr -> {
            assertThat(pr.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(pr.message()).isEqualTo("\"#\" leads nowhere (a placeholder for an address to come);"
                    + " the site shows no button for it until it holds an address");
        });
    }

    @Test
    void customSocialLinksMustBeSafe() {
        var p = named();
        p = p.withProfile(p.profile().toBuilder().socialLinks(List.of(
                SocialLink.custom("Evil", "javascript:alert(1)", ""),
                new SocialLink("email", "not-an-address", "", "", "", UnknownFields.NONE))).build());
        assertThat(paths(PortfolioValidator.validate(p, null), Diagnostic.Severity.ERROR))
                .containsExactly("profile.socialLinks[0].url", "profile.socialLinks[1].value");
    }

    @Test
    void pageSlugsMustBeSafeUniqueAndFree() {
        var p = named().withPages(List.of(new Page("cv", "CV", 1, true, "", UnknownFields.NONE),
                new Page("cv", "CV 2", 2, true, "", UnknownFields.NONE),
                new Page("../x", "X", 3, true, "", UnknownFields.NONE),
                new Page("publications", "P", 4, true, "", UnknownFields.NONE)));
        assertThat(paths(PortfolioValidator.validate(p, null), Diagnostic.Severity.ERROR))
                .containsExactly("pages[1].slug", "pages[2].slug", "pages[3].slug");
    }

    @Test
    void ownPageNewsNeedsATitleAndIdsAreUnique() {
        var n1 = new NewsItem("x", NewsDate.parse("2020-01-01"), "", "body", false, UnknownFields.NONE);
        var n2 = new NewsItem("x", NewsDate.parse("2020-01-02"), "", "body", true, UnknownFields.NONE);
        assertThat(paths(PortfolioValidator.validate(named().withNews(List.of(n1, n2)), null), Diagnostic.Severity.ERROR))
                .containsExactly("news[0].title", "news[1].id");
    }
}
