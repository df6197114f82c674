package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a large page is cut, and when it is loaded whole instead (the browser's side: PreviewSlicedPageTest). */
class PageSlicesTest {
    private static String page(String body) {
        return "<!DOCTYPE html><html><head><title>T</title><script src=\"site.js\"></script></head><body>" + body
                + "</body></html>";
    }

    private static String items(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append("<li id=\"i").append(i).append("\"><p>Entry ").append(i).append(" <em>with</em> some text</p></li>\n");
        }
        return out.toString();
    }

    @Test
    void aPageToBeLoadedWholeIsCutAheadOnTheRenderingThreadAndTakenAsItIs() {
        // Long enough for the preview's own slice size (over twice 24,000 characters of body).
        String html = page("<main><ol>" + items(1_200) + "</ol></main>");
        PageSlices.prepare(html, null);
        PageSlices ahead = PageSlices.of(html);

        assertThat(ahead).isNotNull().isSameAs(PageSlices.of(html)).isEqualTo(PageSlices.of(html, PageSlices.SLICE));
        // An equal page that is another string (not the one rendered) is cut again, to the same slices.
        assertThat(PageSlices.of(new String(html))).isNotSameAs(ahead).isEqualTo(ahead);
        // A render that patches one element of the page before is never cut ahead: the page cut last stays.
        String typed = page("<main><ol>" + items(1_201) + "</ol></main>");
        PageSlices.prepare(typed, new ChangedElement(java.util.List.of(0, 0), java.util.List.of("main", "ol"), "<li>x</li>"));
        assertThat(PageSlices.of(html)).isSameAs(ahead);
        assertThat(PageSlices.of(typed)).isNotNull().isNotSameAs(PageSlices.of(typed));
    }

    @Test
    void aShortPageLoadsWhole() {
        assertThat(PageSlices.of(page("<main><ol>" + items(10) + "</ol></main>"), 1_000)).isNull();
    }

    @Test
    void aLongListIsCutBetweenWholeEntriesAndTheRestAppendedInSteps() {
        String body = "<header><nav>Menu</nav></header><main><ol class=\"list\">" + items(400) + "</ol><p>After</p></main><footer>End</footer>";
        PageSlices slices = PageSlices.of(page(body), 2_000);

        assertThat(slices).isNotNull();
        String first = slices.firstPage();
        assertThat(first).startsWith(page("").substring(0, page("").indexOf("<body>") + 6)).endsWith("</body></html>");
        String firstBody = first.substring(first.indexOf("<body>") + 6, first.lastIndexOf("</body>"));
        assertThat(body).startsWith(firstBody);
        // Cut after the first whole element past 2,000 characters, an entry's paragraph: the rest of
        // that entry goes into it, then the next entries into the list.
        assertThat(firstBody).endsWith("<li id=\"i33\"><p>Entry 33 <em>with</em> some text</p>");
        assertThat(slices.steps()).hasSizeGreaterThan(5);
        // (Nothing is left of that entry after its paragraph: no piece for it.)
        assertThat(slices.steps().get(0)).startsWith("(function(pieces)").doesNotContain("[[1,0,33]")
                .contains("([[[1,0],[\"main\",\"ol\"],\"\\n\\u003cli id=\\\"i34\\\"");
        // The list's end, then what follows in main, then the footer into the body itself.
        String last = slices.steps().get(slices.steps().size() - 1);
        assertThat(last).contains("[[1],[\"main\"],\"\\u003cp\\u003eAfter\\u003c/p\\u003e\"]")
                .contains("[[],[],\"\\u003cfooter\\u003eEnd\\u003c/footer\\u003e\"]");
        // Every entry is in the first page or in exactly one step.
        for (int i : new int[] {0, 57, 399}) {
            String entry = "id=\\\"i" + i + "\\\"";
            long inSteps = slices.steps().stream().filter(s -> s.contains(entry)).count();
            assertThat(inSteps + (firstBody.contains("<li id=\"i" + i + "\">") ? 1 : 0)).as("entry " + i).isEqualTo(1);
        }
    }

    @Test
    void aTableIsNeverCutInside() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            rows.append("<tr><td>").append(i).append("</td><td>a cell with some text in it</td></tr>");
        }
        String body = "<main><p>Intro</p><table>" + rows + "</table>" + items(200) + "</main>";
        PageSlices slices = PageSlices.of(page(body), 1_000);

        assertThat(slices).isNotNull();
        String first = slices.firstPage();
        // The first place after 1,000 characters between whole elements of a trusted parent: after the table.
        assertThat(first).contains("</table>").doesNotContain("<li");
    }

    @Test
    void theSitesSvgIconsWithSelfClosingTagsDoNotStopTheCut() {
        String icon = "<svg class=\"icon\" aria-hidden=\"true\"><use href=\"#i-mail\"/></svg>";
        String body = "<header><nav>" + icon + "<a href=\"#\">Home</a></nav></header><main><ol>" + items(400)
                + "</ol><p>" + icon + " After</p></main>";

        PageSlices slices = PageSlices.of(page(body), 2_000);

        assertThat(slices).isNotNull();
        assertThat(slices.steps()).hasSizeGreaterThan(2);
        // In an HTML element "/>" closes nothing: markup that leans on it is not followed.
        assertThat(PageSlices.of(page("<main><div/><ol>" + items(400) + "</ol></main>"), 2_000)).isNull();
    }

    @Test
    void aBodyWithAScriptOrMarkupTheScanCannotFollowLoadsWhole() {
        assertThat(PageSlices.of(page("<main><ol>" + items(400) + "</ol><script>go()</script></main>"), 2_000)).isNull();
        assertThat(PageSlices.of(page("<main><ol>" + items(400) + "</ul></main>"), 2_000)).isNull();
        assertThat(PageSlices.of(page("<main><ol>" + items(400) + "</ol><!-- open"), 2_000)).isNull();
    }
}
