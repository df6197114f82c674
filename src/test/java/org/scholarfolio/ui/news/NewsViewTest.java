package org.scholarfolio.ui.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.scholarfolio.model.NewsDate;

class NewsViewTest {
    @Test
    void theDateColumnShowsTheDayAndAnyTimeWithoutSecondsOrZone() {
        assertThat(NewsView.shownDate(NewsDate.of(LocalDate.of(1931, 10, 1)))).isEqualTo("1931-10-01");
        assertThat(NewsView.shownDate(new NewsDate(LocalDate.of(1936, 9, 29), LocalTime.of(10, 0, 30),
                ZoneOffset.ofHours(-4)))).isEqualTo("1936-09-29 10:00");
        assertThat(NewsView.shownDate(null)).isEmpty();
    }
}
