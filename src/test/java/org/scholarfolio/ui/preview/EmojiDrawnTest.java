package org.scholarfolio.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scholarfolio.markdown.MarkdownRenderer;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.UnknownFields;
import org.scholarfolio.site.PagePreview;
import org.scholarfolio.site.SitePage;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The emoji images are drawn, not only put in: WebKit loads each one (it is complete and has a
 * width of its own), whether the set was read before the first page or arrived after it, and no
 * emoji character is left in the page's text to draw as an empty box. The page is the site's own
 * news page, with its Content-Security-Policy, as the editor previews it.
 */
@ExtendWith(ApplicationExtension.class)
class EmojiDrawnTest {
    /** The shortcode, a literal emoji, a text-default one, a flag, a skin tone and a joined sequence. */
    private static final List<String> BODIES = List.of(
            "Elected a **Fellow of the Royal Society** :tada:",
            "Party 🎉 at King's",
            "Proof checked ✅",
            "Visiting 🇬🇧 and 🇺🇸",
            "Waving 👋🏽 goodbye",
            "A 👩‍🔬 joins the lab",
            "The machine, photographed: ![the machine](assets/machine.png)");
    /** 🎉 twice, ✅, two flags, the wave and the scientist. */
    private static final int EMOJI = 7;

    private final CompletableFuture<EmojiImages> emoji = new CompletableFuture<>();
    private final java.util.concurrent.ExecutorService rendering = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "emoji-drawn-render");
        t.setDaemon(true);
        return t;
    });
    private Stage stage;
    private EditorViewModel editor;
    private PreviewViewModel vm;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @org.junit.jupiter.api.AfterEach
    void stopRendering() {
        rendering.shutdownNow();
    }

    /** The news page in the preview, as the editor shows it, of one news item per body. */
    private void showNews(FxRobot robot) throws Exception {
        List<NewsItem> news = new ArrayList<>();
        for (int i = 0; i < BODIES.size(); i++) {
            news.add(new NewsItem("n" + i, NewsDate.of(LocalDate.of(1951, 3, 1 + i)), "", BODIES.get(i), true,
                    UnknownFields.NONE));
        }
        editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty().withNews(news), null);
        Path staging = Files.createTempDirectory("emoji-drawn");
        // An image of the portfolio's own, which the site's policy lets in as its own ('self').
        Path folder = Files.createDirectories(staging.resolve("portfolio"));
        java.awt.image.BufferedImage photo = new java.awt.image.BufferedImage(24, 16, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(photo, "png", Files.createDirectories(folder.resolve("assets")).resolve("machine.png").toFile());
        PagePreview pages = new PagePreview(MarkdownRenderer.shared(), staging.resolve("site"));
        robot.interact(() -> {
            vm = new PreviewViewModel(editor, (p, t) -> pages.render(p, folder, SitePage.news()), emoji, rendering,
                    javafx.application.Platform::runLater);
            PreviewPane pane = new PreviewPane(vm, editor.portfolioProperty(), new SimpleBooleanProperty(false),
                    new SimpleBooleanProperty(false), CompletableFuture.completedFuture(null));
            stage.setScene(new Scene(pane.root(), 800, 700));
            stage.show();
        });
    }

    @Test
    void emojiReadBeforeTheFirstPageAreDrawn(FxRobot robot) throws Exception {
        emoji.complete(EmojiImages.bundled());
        showNews(robot);

        PreviewDrawing.awaitEmojiImages(robot, EMOJI);

        PreviewDrawing.assertEveryEmojiImageIsDrawn(robot);
        PreviewDrawing.assertNoEmojiCharacterIsLeftInTheText(robot);
        PreviewDrawing.assertThePortfoliosOwnImageIsDrawn(robot);
    }

    @Test
    void emojiArrivingAfterTheFirstPageAreDrawnAndSoAreThoseTypedLater(FxRobot robot) throws Exception {
        showNews(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "true".equals(String.valueOf(
                PreviewDrawing.script(robot, "!!document.body && document.body.textContent.indexOf('Waving') >= 0"))));

        emoji.complete(EmojiImages.bundled());
        PreviewDrawing.awaitEmojiImages(robot, EMOJI);
        PreviewDrawing.assertEveryEmojiImageIsDrawn(robot);

        // Typed into a news item: the page is patched in place, not loaded again.
        robot.interact(() -> editor.edit("body", p -> {
            List<NewsItem> news = new ArrayList<>(p.news());
            news.set(2, news.get(2).withBody("Proof checked ✅ and typed 🚀"));
            return p.withNews(news);
        }));
        PreviewDrawing.awaitEmojiImages(robot, EMOJI + 1);

        PreviewDrawing.assertEveryEmojiImageIsDrawn(robot);
        PreviewDrawing.assertNoEmojiCharacterIsLeftInTheText(robot);
        PreviewDrawing.assertThePortfoliosOwnImageIsDrawn(robot);
    }

    /** What the two tests read from the preview's WebView. */
    static final class PreviewDrawing {
        private PreviewDrawing() {
        }

        static Object script(FxRobot robot, String js) {
            Object[] result = new Object[1];
            robot.interact(() -> {
                var web = robot.lookup("#preview-web").tryQuery();
                result[0] = web.isEmpty() ? null : ((WebView) web.get()).getEngine().executeScript(js);
            });
            return result[0];
        }

        /** Until the page has at least {@code count} emoji images and WebKit has finished with each. */
        static void awaitEmojiImages(FxRobot robot, int count) throws Exception {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "true".equals(String.valueOf(script(robot,
                    "(function(){var s=document.querySelectorAll('img.emoji');if(s.length<" + count + "){return false;}"
                            + "for(var i=0;i<s.length;i++){if(!s[i].complete){return false;}}return true;})()"))));
        }

        /** Each emoji image as "alt: naturalWidth complete", so a failure names the emoji that is not drawn. */
        static void assertEveryEmojiImageIsDrawn(FxRobot robot) {
            String images = String.valueOf(script(robot, "(function(){var s=document.querySelectorAll('img.emoji'),o=[];"
                    + "for(var i=0;i<s.length;i++){o.push(s[i].alt+': '+s[i].naturalWidth+' '+s[i].complete);}"
                    + "return o.join('\\n');})()"));
            assertThat(images.lines()).as(images).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).as(images).doesNotEndWith(": 0 true").endsWith(" true"));
            // At the size of the text around it (1.15 em), not at the width of the column.
            String sizes = String.valueOf(script(robot, "(function(){var s=document.querySelectorAll('img.emoji'),o=[];"
                    + "for(var i=0;i<s.length;i++){var h=s[i].getBoundingClientRect().height;"
                    + "var f=parseFloat(getComputedStyle(s[i].parentNode).fontSize);o.push(s[i].alt+': '+(h/f).toFixed(2));}"
                    + "return o.join('\\n');})()"));
            assertThat(sizes.lines()).as(sizes).allSatisfy(line -> assertThat(line).as(sizes).endsWith(": 1.15"));
        }

        /** The policy lets the emoji in and still lets the portfolio's own image in. */
        static void assertThePortfoliosOwnImageIsDrawn(FxRobot robot) throws Exception {
            String js = "(function(){var s=document.querySelectorAll('img[alt=\"the machine\"]');"
                    + "return s.length===1&&s[0].complete?String(s[0].naturalWidth):'';})()";
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !String.valueOf(script(robot, js)).isEmpty());
            assertThat(script(robot, js)).isEqualTo("24");
        }

        /**
         * The text the page draws (scripts and styles left out) holds no emoji character, nor a
         * joiner or selector left over from a sequence, which WebKit here would draw as a box.
         */
        static void assertNoEmojiCharacterIsLeftInTheText(FxRobot robot) {
            String text = String.valueOf(script(robot, "(function(){var w=document.createTreeWalker(document.body,"
                    + "NodeFilter.SHOW_TEXT,null,false),o='',n;while((n=w.nextNode())){var p=n.parentNode.nodeName;"
                    + "if(p!=='SCRIPT'&&p!=='STYLE'){o+=n.data;}}return o;})()"));
            assertThat(text).contains("Elected a Fellow of the Royal Society", "Waving", "joins the lab");
            assertThat(text.codePoints().filter(PreviewDrawing::isEmojiPart).mapToObj(Integer::toHexString).toList())
                    .as(text).isEmpty();
        }

        private static boolean isEmojiPart(int cp) {
            return cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF || cp == 0xFE0F || cp == 0x200D
                    || cp == 0x20E3;
        }
    }
}
