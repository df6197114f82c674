package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Images and frames in Markdown: sized when local, and nothing loads from a host the site does not allow. */
class RemoteMediaTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** A page that allows YouTube and knows the size of img/photo.png. */
    private static final LinkRewriter PAGE = new LinkRewriter() {
        @Override
        public String rewrite(String url) {
            return "../" + url;
        }

        @Override
        public int[] imageSize(String url) {
            return url.equals("img/photo.png") ? new int[] {640, 480} : null;
        }

        @Override
        public Set<String> remoteHosts() {
            return Set.of("www.youtube.com");
        }
    };

    private Document render(String markdown, boolean opensPage) {
        return Jsoup.parseBodyFragment(renderer.render(markdown, PAGE, opensPage).html());
    }

    @Test
    void aLocalImageGetsItsSizeAndLoadsLazilyBelowTheFirstOne() {
        Document doc = render("![me](img/photo.png)\n\n![again](img/photo.png)\n\n![unknown](img/other.png)", true);
        Element first = doc.select("img").get(0);
        assertThat(first.attr("src")).isEqualTo("../img/photo.png");
        assertThat(first.attr("width")).isEqualTo("640");
        assertThat(first.attr("height")).isEqualTo("480");
        assertThat(first.attr("loading")).isEqualTo("eager");
        assertThat(first.attr("decoding")).isEqualTo("async");
        assertThat(doc.select("img").get(1).attr("loading")).isEqualTo("lazy");
        assertThat(doc.select("img").get(2).hasAttr("width")).isFalse();
        assertThat(render("![me](img/photo.png)", false).selectFirst("img").attr("loading")).isEqualTo("lazy");
    }

    @Test
    void aStatedWidthKeepsTheImagesProportions() {
        Element img = render("<img src=\"img/photo.png\" width=\"320\" alt=\"me\">", false).selectFirst("img");
        assertThat(img.attr("width")).isEqualTo("320");
        assertThat(img.attr("height")).isEqualTo("240");
    }

    @Test
    void aSizeWrittenInPixelsOrAsAutoBecomesWhatHtmlAllowsAndShowsTheSame() {
        // raw HTML in a bio, as a lab's about page writes a logo: height=100px width=auto
        Element logo = render("<img height=100px width=auto src=\"img/logo.svg\" alt=\"Lab\">", false).selectFirst("img");
        assertThat(logo.attr("height")).isEqualTo("100");
        assertThat(logo.hasAttr("width")).isFalse();
        // with the file's size known, the pixels written decide and the proportions follow
        Element photo = render("<img src=\"img/photo.png\" width=\"320px\" height=\"auto\" alt=\"me\">", false).selectFirst("img");
        assertThat(photo.attr("width")).isEqualTo("320");
        assertThat(photo.attr("height")).isEqualTo("240");
        assertThat(render("<img src=\"img/other.png\" width=\"50%\" alt=\"\">", false).selectFirst("img").attr("width"))
                .isEqualTo("50%");
    }

    @Test
    void aLargestSizeInTheInlineStyleScalesThePhotoDownToFitWithoutKeepingTheStyle() {
        // a lab's people page: each photo in a 120-pixel box, whatever its own size
        Element photo = render("<img src=\"img/photo.png\" style=\"max-height:120px; max-width:120px\" alt=\"Ada\">", false)
                .selectFirst("img");
        assertThat(photo.attr("width")).isEqualTo("120");
        assertThat(photo.attr("height")).isEqualTo("90");
        assertThat(photo.hasAttr("style")).isFalse();
        assertThat(photo.attributes().asList()).noneMatch(a -> a.getKey().startsWith("data-"));
        // the narrower limit wins; a largest size the image is already under changes nothing
        Element tall = render("<img src=\"img/photo.png\" style=\"max-width: 64px !important;max-height:300px\">", false)
                .selectFirst("img");
        assertThat(tall.attr("width")).isEqualTo("64");
        assertThat(tall.attr("height")).isEqualTo("48");
        Element small = render("<img src=\"img/photo.png\" style=\"max-width:2000px\">", false).selectFirst("img");
        assertThat(small.attr("width")).isEqualTo("640");
    }

    @Test
    void aLargestWidthInPerCentBecomesTheWidthWhereTheImageWouldBeWiderThanThatShare() {
        // a figure in a page's text, as al-folio pages shrink their diagrams: 640 px > half of the 704-px column
        Element half = render("<img src=\"img/photo.png\" style=\"max-width: 50%\" alt=\"Diagram\">", false).selectFirst("img");
        assertThat(half.attr("width")).isEqualTo("50%");
        assertThat(half.hasAttr("height")).isFalse();
        assertThat(half.attributes().asList()).noneMatch(a -> a.getKey().startsWith("data-") || a.getKey().equals("style"));
        // under the share at the widest column already: the image keeps its size and is never stretched
        Element small = render("<img src=\"img/photo.png\" style=\"max-width:95%\">", false).selectFirst("img");
        assertThat(small.attr("width")).isEqualTo("640");
        assertThat(small.attr("height")).isEqualTo("480");
        Element stated = render("<img src=\"img/photo.png\" width=\"40\" style=\"max-width: 50%;\">", false).selectFirst("img");
        assertThat(stated.attr("width")).isEqualTo("40");
        // of unknown size: the share is all there is to go by
        assertThat(render("<img src=\"img/other.png\" style=\"max-width: 30%\">", false).selectFirst("img").attr("width"))
                .isEqualTo("30%");
        // 100% is what the theme does anyway
        assertThat(render("<img src=\"img/photo.png\" style=\"max-width: 100%\">", false).selectFirst("img").attr("width"))
                .isEqualTo("640");
    }

    @Test
    void aWidthInPerCentStaysAShareOfTheColumnWhenTheFilesSizeIsKnown() {
        Element img = render("<img src=\"img/photo.png\" width=\"50%\" alt=\"\">", false).selectFirst("img");
        assertThat(img.attr("width")).isEqualTo("50%");
        assertThat(img.hasAttr("height")).isFalse();
        Element styled = render("<img src=\"img/photo.png\" style=\"width: 25%; max-width: 50%\">", false).selectFirst("img");
        assertThat(styled.attr("width")).isEqualTo("25%");
    }

    @Test
    void aWidthOrHeightInTheInlineStyleBecomesTheAttributeUnlessTheImageStatesIt() {
        Element styled = render("<img src=\"img/photo.png\" style=\"width: 160px; border: 1px solid red\">", false)
                .selectFirst("img");
        assertThat(styled.attr("width")).isEqualTo("160");
        assertThat(styled.attr("height")).isEqualTo("120");
        Element byHeight = render("<img src=\"img/other.png\" style=\"height:3em; height: 50px\">", false).selectFirst("img");
        assertThat(byHeight.attr("height")).isEqualTo("50");
        assertThat(byHeight.hasAttr("width")).isFalse();
        Element stated = render("<img src=\"img/photo.png\" width=\"320\" style=\"width:100px\">", false).selectFirst("img");
        assertThat(stated.attr("width")).isEqualTo("320");
        // a largest size typed as an attribute is no way in: only the style is read
        Element typed = render("<img src=\"img/photo.png\" data-max-width=\"10\">", false).selectFirst("img");
        assertThat(typed.attr("width")).isEqualTo("640");
        assertThat(typed.hasAttr("data-max-width")).isFalse();
    }

    @Test
    void aRemoteOnePixelImageIsAVisitCounterAndIsLeftOut() {
        // a footer's visit counter: invisible on the live site; as a link it would print "Image on ..." under every page
        Document doc = render("<a href=\"https://counter.example/site/1\" title=\"Visit tracker\"><img src=\"//counter.example/map.png?d=x\""
                + " width=\"1\" height=\"1\"/></a> Thanks", false);
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("a.remote-media")).isEmpty();
        assertThat(doc.text()).isEqualTo("Thanks");
        // a remote image of a real size is still a link naming its host
        assertThat(render("<img src=\"https://cdn.example.net/p.png\" width=\"200\" height=\"1\">", false)
                .select("a.remote-media")).hasSize(1);
    }

    @Test
    void aRemoteImageIsALinkNamingItsHost() {
        Document doc = render("![poster](https://cdn.example.net/p.png) ![](http://tracker.example/pixel.gif)", false);
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("a.remote-media").eachText())
                .containsExactly("poster, image on cdn.example.net", "Image on tracker.example");
        assertThat(doc.select("a.remote-media").eachAttr("href"))
                .containsExactly("https://cdn.example.net/p.png", "http://tracker.example/pixel.gif");
    }

    @Test
    void aRemoteBadgeInsideALinkLeavesItsTextInThatLinkNotALinkInALink() {
        // a software page of package badges, as READMEs write them (a real site's repositories page)
        Document doc = render("[![CRAN Version](https://www.r-pkg.org/badges/version/tidal)](https://cran.r-project.org/package=tidal)"
                + " <a href=\"https://codecov.io/gh/holt/tidal\"><img src=\"https://codecov.io/gh/holt/tidal/badge.svg\"></a>", false);
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("a.remote-media")).isEmpty();
        assertThat(doc.select("a").eachAttr("href"))
                .containsExactly(PAGE.rewrite("https://cran.r-project.org/package=tidal"), PAGE.rewrite("https://codecov.io/gh/holt/tidal"));
        assertThat(doc.select("a").eachText()).containsExactly("CRAN Version, image on www.r-pkg.org", "Image on codecov.io");
    }

    @Test
    void anImageFromAnAllowedHostLoadsWithoutReferrer() {
        Element img = render("![thumb](https://www.youtube.com/vi/abc/0.jpg)", false).selectFirst("img");
        assertThat(img.attr("src")).isEqualTo("https://www.youtube.com/vi/abc/0.jpg");
        assertThat(img.attr("referrerpolicy")).isEqualTo("no-referrer");
        assertThat(img.attr("loading")).isEqualTo("lazy");
    }

    @Test
    void anAllowedEmbedIsAClickToLoadLinkNamingTheHost() {
        Document doc = render("<iframe src=\"https://www.youtube.com/embed/abc\" title=\"My talk\"></iframe>", false);
        assertThat(doc.select("iframe")).isEmpty();
        Element load = doc.selectFirst("figure.embed a.embed-load");
        assertThat(load.attr("href")).isEqualTo("https://www.youtube.com/embed/abc");
        assertThat(load.attr("data-title")).isEqualTo("My talk");
        assertThat(load.text()).isEqualTo("Load embedded content from www.youtube.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<iframe src=\"https://www.youtube.com:8443/embed/abc\"></iframe>",
            "<iframe src=\"https://www.youtube.com@evil.example/embed/abc\"></iframe>",
            "<iframe src=\"https://evil.example/#https://www.youtube.com/\"></iframe>",
            "<iframe src=\"https://www.youtube.com.evil.example/embed/abc\"></iframe>",
            "<iframe src=\"https://www.youtube.com\\@evil.example/\"></iframe>",
            "<iframe src=\"http://www.youtube.com/embed/abc\"></iframe>",
            "<iframe src=\"//www.youtube.com:80/embed/abc\"></iframe>",
            "<iframe src=\"https://www.youtube.com./embed/abc\"></iframe>",
            "<iframe src=\"https://[::1]/embed\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
            "![x](javascript:alert(1))",
            "<img src=\"https://www.youtube.com:444/x.png\">",
            "<img src=\"https://user:pw@www.youtube.com/x.png\">",
            "<img src=\"//evil.example/x.png\" onerror=\"alert(1)\">",
            "<img src=\"data:image/png;base64,AAAA\">",
            "<img srcset=\"https://evil.example/x.png 2x\" src=\"img/photo.png\">",
            "<picture><source srcset=\"https://evil.example/x.png\"><img src=\"img/photo.png\"></picture>",
            "<video src=\"https://evil.example/v.mp4\" poster=\"https://evil.example/p.png\"></video>",
            "<object data=\"https://evil.example/x.swf\"></object>",
            "<embed src=\"https://evil.example/x.swf\">"})
    void nothingLoadsFromAHostTheSiteDoesNotAllow(String hostile) {
        for (boolean opensPage : new boolean[] {true, false}) {
            Document doc = render(hostile, opensPage);
            assertThat(doc.select("iframe, script, object, embed, video, audio, source, picture, svg")).as(hostile).isEmpty();
            for (Element img : doc.select("img")) {
                String src = img.attr("src");
                assertThat(src.equals("../img/photo.png") || src.startsWith("https://www.youtube.com/"))
                        .as(hostile + " -> " + img).isTrue();
                assertThat(img.hasAttr("srcset")).isFalse();
            }
            for (Element embed : doc.select("a.embed-load")) {
                assertThat(embed.attr("href")).as(hostile).startsWith("https://www.youtube.com/");
            }
            for (Element e : doc.getAllElements()) {
                e.attributes().forEach(a -> {
                    assertThat(a.getKey()).doesNotStartWith("on");
                    assertThat(a.getValue().toLowerCase()).doesNotContain("javascript:").doesNotStartWith("data:");
                });
            }
        }
    }
}
