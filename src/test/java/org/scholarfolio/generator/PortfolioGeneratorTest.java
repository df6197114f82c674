package org.scholarfolio.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.validation.PortfolioValidator;
import org.scholarfolio.store.PortfolioStore;

class PortfolioGeneratorTest {
    @Test
    void theSameSeedGivesTheSameFile() {
        byte[] first = PortfolioStore.toJson(PortfolioGenerator.generate(200, 100, 7));
        byte[] second = PortfolioStore.toJson(PortfolioGenerator.generate(200, 100, 7));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherPortfolio() {
        assertThat(PortfolioStore.toJson(PortfolioGenerator.generate(20, 10, 8)))
                .isNotEqualTo(PortfolioStore.toJson(PortfolioGenerator.generate(20, 10, 7)));
    }

    @Test
    void aLargePortfolioHasNoProblemsAtAll() {
        Portfolio portfolio = PortfolioGenerator.generate(2_000, 1_000, PortfolioGenerator.DEFAULT_SEED);
        assertThat(portfolio.publications()).hasSize(2_000);
        assertThat(portfolio.news()).hasSize(1_000);
        assertThat(PortfolioValidator.validate(portfolio, null)).isEmpty();
    }

    @Test
    void fiftyThousandNewsItemsStillHaveDatesThatValidate() {
        Portfolio portfolio = PortfolioGenerator.generate(0, 50_000, PortfolioGenerator.DEFAULT_SEED);
        assertThat(portfolio.news()).hasSize(50_000);
        assertThat(PortfolioValidator.validate(portfolio, null)).isEmpty();
        assertThat(portfolio.news()).isSortedAccordingTo((a, b) -> b.date().date().compareTo(a.date().date()));
    }

    @Test
    void publicationsLookLikeTheSpecification() {
        List<Publication> publications = PortfolioGenerator.generate(500, 0, 3).publications();
        double titleWords = publications.stream().mapToInt(p -> p.title().split(" ").length).average().orElseThrow();
        double abstractWords = publications.stream().mapToInt(p -> p.abstractText().split("\\s+").length).average().orElseThrow();
        assertThat(titleWords).isBetween(10.0, 14.0);
        assertThat(abstractWords).isBetween(135.0, 175.0);
        assertThat(publications).allSatisfy(p -> {
            assertThat(p.authors()).hasSizeBetween(3, 8);
            assertThat(p.venue()).isNotBlank();
            assertThat(p.bibtexFields()).containsKey("series");
        });
        assertThat(publications).anySatisfy(p -> assertThat(p.abstractText()).contains("$"));
        assertThat(publications).anySatisfy(p -> assertThat(p.abstractText()).containsPattern(":[a-z]+:"));
        assertThat(publications).anySatisfy(p -> assertThat(p.links().asMap()).isNotEmpty());
    }

    /** The first author's name in a key is spelled as the editor and the importers spell it, never with its letters dropped. */
    @Test
    void aKeySpellsTheFirstAuthorsNameInAsciiLetters() {
        List<Publication> publications = PortfolioGenerator.generate(500, 0, 3).publications();
        assertThat(publications).anySatisfy(p -> {
            assertThat(p.authors().get(0).family()).isEqualTo("Müller");
            assertThat(p.citationKey()).startsWith("muller" + p.year() + "paper");
        });
        assertThat(publications).anySatisfy(p -> {
            assertThat(p.authors().get(0).family()).isEqualTo("Łukasiewicz");
            assertThat(p.citationKey()).startsWith("lukasiewicz" + p.year() + "paper");
        });
        assertThat(publications).anySatisfy(p -> {
            assertThat(p.authors().get(0).family()).isEqualTo("García");
            assertThat(p.citationKey()).startsWith("garcia");
        });
    }
}
