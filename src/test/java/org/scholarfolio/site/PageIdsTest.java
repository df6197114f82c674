package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageIdsTest {
    @Test
    void aFragmentWithoutAClashIsTheSameString() {
        PageIds ids = new PageIds();
        ids.claim("main");
        String html = "<h2 id=\"contact\">Contact</h2>";
        assertThat(ids.unique(html)).isSameAs(html);
    }

    @Test
    void aTakenIdIsNumberedAndTheFragmentsLinksFollowIt() {
        PageIds ids = new PageIds();
        ids.unique("<h2 id=\"contact\">C</h2><sup id=\"fnref-1\"><a href=\"#fn-1\">1</a></sup><li id=\"fn-1\">a</li>");
        assertThat(ids.unique("<h2 id=\"contact\">C</h2><sup id=\"fnref-1\"><a href=\"#fn-1\">1</a></sup>"
                + "<li id=\"fn-1\">b <a href=\"#fnref-1\">back</a> <a href=\"#elsewhere\">x</a></li>"))
                .isEqualTo("<h2 id=\"contact-1\">C</h2><sup id=\"fnref-1-1\"><a href=\"#fn-1-1\">1</a></sup>"
                        + "<li id=\"fn-1-1\">b <a href=\"#fnref-1-1\">back</a> <a href=\"#elsewhere\">x</a></li>");
    }

    @Test
    void theThemesIdIsKeptAndTheFragmentGivesWay() {
        PageIds ids = new PageIds();
        ids.claim("main");
        assertThat(ids.unique("<h1 id=\"main\">Main</h1><h2 id=\"main-1\">x</h2>"))
                .isEqualTo("<h1 id=\"main-1\">Main</h1><h2 id=\"main-1-1\">x</h2>");
    }

    @Test
    void textThatSpellsAnIdAttributeIsLeftAlone() {
        PageIds ids = new PageIds();
        ids.claim("x");
        String html = "<p title=\"say id=&quot;x&quot;\">write id=\"x\" in a tag</p>";
        assertThat(ids.unique(html)).isEqualTo(html);
    }
}
