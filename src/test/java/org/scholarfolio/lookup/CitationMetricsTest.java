package org.scholarfolio.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scholarfolio.model.CitationCount;
import org.scholarfolio.model.Publication;

class CitationMetricsTest {
    FakeServices services;
    CitationMetrics metrics;

    @BeforeEach
    void start() {
        services = FakeServices.withFixtures();
        services.openAlexWork("10.48550/arxiv.2301.00009", """
                {"id": "https://openalex.org/W9", "doi": "https://doi.org/10.5555/published.9", "display_name": "Nine",
                 "cited_by_count": 12,
                 "primary_location": {"landing_page_url": "https://doi.org/10.5555/published.9",
                   "source": {"display_name": "Example Letters", "type": "journal"}, "version": "publishedVersion"},
                 "locations": [{"landing_page_url": "https://arxiv.org/abs/2301.00009v3",
                   "source": {"display_name": "arXiv (Cornell University)", "type": "repository"}}]}""");
        Clock clock = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);
        RecordLookup lookup = new RecordLookup(new ServiceClient(ServiceClient.Settings.standard("1", "ada@example.org"),
                new AnswerCache(null, clock), d -> { }, System::nanoTime), services.urls(), "ada@example.org");
        metrics = new CitationMetrics(lookup);
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private static Publication pub(String key, String doi, String arxiv) {
        return Publication.builder(key, "article").title(key).doi(doi).arxiv(arxiv).build();
    }

    @Test
    void countsComeFromOpenAlexWithSourceAndDayAskedInOneRequest() throws Exception {
        List<int[]> progress = new ArrayList<>();
        CitationMetrics.Result r = metrics.fetch(List.of(pub("water", "https://doi.org/10.5555/12345678", ""),
                pub("lost", "10.5555/unknown", ""), pub("talk", "", "")), (done, total, c) -> progress.add(new int[] {done, total}));
        assertThat(r.counts()).containsExactly(Map.entry("water", new CitationCount(4242, "OpenAlex",
                LocalDate.of(2026, 12, 3))));
        assertThat(r.unknown()).containsExactly("lost");
        assertThat(r.withoutIdentifier()).isEqualTo(1);
        assertThat(services.requestsTo("/openalex/works")).singleElement().satisfies(s -> assertThat(s.query())
                .contains("filter=doi:10.5555/12345678|10.5555/unknown").contains("mailto=ada@example.org"));
        assertThat(progress.get(progress.size() - 1)).containsExactly(2, 2);
    }

    @Test
    void anArxivOnlyEntryWhoseWorkIsNowPublishedIsReported() throws Exception {
        CitationMetrics.Result r = metrics.fetch(List.of(pub("nine", "", "2301.00009v2")), ProgressListener.NONE);
        assertThat(r.counts().get("nine").count()).isEqualTo(12);
        assertThat(r.nowPublished()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("nine (arxiv:2301.00009) is now published in Example Letters (doi:10.5555/published.9): update?"));
    }

    @Test
    void aRefusalStopsTheRunWithTheIdentifierNamed() {
        services.on("/openalex/works", FakeServices.Reply.status(429, Map.of("Retry-After", "900")));
        assertThatThrownBy(() -> metrics.fetch(List.of(pub("water", "10.5555/12345678", "")), ProgressListener.NONE))
                .isInstanceOf(LookupException.class).hasMessageStartingWith("doi:10.5555/12345678: ")
                .hasMessageContaining("asks to wait 900 s");
    }
}
