package org.scholarfolio.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.scholarfolio.store.PortfolioLoadException;
import org.scholarfolio.store.PortfolioStore;

/**
 * The preview's renderer renders a long text block by block and keeps each block's HTML; whatever
 * is typed, it gives byte for byte the HTML the export's renderer gives for the whole text. The texts
 * are the samples' bios and texts made of the blocks a bio holds (headings, some alike, paragraphs
 * with links, emphasis, code and math, lists, quotes, tables, rules), edited one key or one cut at a
 * time anywhere, with the characters Markdown gives meaning to.
 */
class BlockMemoProperties {
    private static final MarkdownRenderer WHOLE = MarkdownRenderer.shared();
    private static final List<String> BLOCKS = List.of(
            "## Research\n\n", "## Research\n\n", "# Teaching\n\n", "Research\n========\n\n",
            "I work on **machine learning** with [collaborators](https://example.org/a) and `code`.\n\n",
            "A formula $x^2 + y_1$ inline, and $$\\sum_i a_i$$ shown.\n\n",
            "Plain words on\ntwo lines :rocket: www.example.org and https://example.org/b.\n\n",
            "- a first point\n- a second [point](./local)\n\n", "1. one\n2. two\n\n", "- loose\n\n- list\n\n",
            "> a quote\n> on two lines\n\n", "| a | b |\n|---|---|\n| 1 | 2 |\n\n", "---\n\n", "***\n\n",
            "    indented code\n\n", "Tail text with *emphasis* and _more_", "[a reference][r]\n\n", "\n");
    private static final List<String> TYPED = List.of("a", " ", "\n", "\n\n", "#", "-", "*", "_", "`", "$", "[", "]",
            "(", ")", ">", "|", "1.", "    ", "=", "<", "!", ":", "^", "\\", "&", "é", "😀", "\f", "\u000B", "\u2028", "\t");

    /** One edit: a key typed at a place, or a cut of a few characters there. */
    record Edit(double at, String typed, int cut) {
        String apply(String text) {
            int i = (int) (at * text.length());
            if (typed.isEmpty()) {
                return text.substring(0, i) + text.substring(Math.min(text.length(), i + cut));
            }
            return text.substring(0, i) + typed + text.substring(i);
        }
    }

    @Provide
    Arbitrary<String> bio() {
        Arbitrary<String> made = Arbitraries.of(BLOCKS).list().ofMinSize(1).ofMaxSize(30).map(b -> String.join("", b));
        return Arbitraries.oneOf(made, Arbitraries.of(sampleBios()));
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> typing = Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.of(TYPED))
                .as((at, typed) -> new Edit(at, typed, 0));
        Arbitrary<Edit> cutting = Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 40))
                .as((at, cut) -> new Edit(at, "", cut));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, typing), net.jqwik.api.Tuple.of(1, cutting))
                .list().ofMinSize(1).ofMaxSize(25);
    }

    @Property
    void everyEditRendersAsTheWholeTextDoes(@ForAll("bio") String bio, @ForAll("edits") List<Edit> edits) {
        MarkdownRenderer byBlock = WHOLE.withBlockMemo(0);
        LinkRewriter links = url -> url.startsWith("./") ? "../" + url.substring(2) : url;
        String text = bio;
        assertSame(byBlock, text, links);
        for (Edit edit : edits) {
            text = edit.apply(text);
            assertSame(byBlock, text, links);
        }
    }

    private static void assertSame(MarkdownRenderer byBlock, String text, LinkRewriter links) {
        assertThat(byBlock.render(text, links, true)).as(text).isEqualTo(WHOLE.render(text, links, true));
    }

    @Test
    void typingInOneParagraphOfALongBioRendersThatParagraphAlone() {
        MarkdownRenderer byBlock = WHOLE.withBlockMemo();
        StringBuilder bio = new StringBuilder();
        for (int n = 1; bio.length() < 20_000; n++) {
            bio.append("## Theme ").append(n).append("\n\nI work on **models** with [people](https://example.org/")
                    .append(n).append(") and `code`.\n\n- a point\n- another\n\n");
        }
        String before = bio.toString();
        byBlock.render(before, LinkRewriter.NONE, true);
        long rendered = byBlock.blocksRendered();
        int at = before.indexOf("I work", before.length() / 2);
        String after = before.substring(0, at) + "Now " + before.substring(at);

        assertThat(byBlock.render(after, LinkRewriter.NONE, true)).isEqualTo(WHOLE.render(after, LinkRewriter.NONE, true));
        assertThat(byBlock.blocksRendered() - rendered).isEqualTo(1);
    }

    @Test
    void aBlockIsRenderedAgainWhenThePageAnswersForItsLinksDiffer() {
        MarkdownRenderer byBlock = WHOLE.withBlockMemo(0);
        String text = "See [the group](./group).\n\nAnd [the lab](./lab).\n";
        byBlock.render(text, url -> "../" + url, false);
        LinkRewriter deeper = url -> "../../" + url;

        assertThat(byBlock.render(text, deeper, false)).isEqualTo(WHOLE.render(text, deeper, false));
    }

    @Test
    void headingsNamedAlikeInTwoBlocksGetTheWholeTextsNumberedAnchors() {
        MarkdownRenderer byBlock = WHOLE.withBlockMemo(0);
        String text = "## Notes\n\nOne.\n\n## Notes\n\nTwo.\n";

        assertThat(byBlock.render(text).html()).contains("id=\"notes-1\"").isEqualTo(WHOLE.render(text).html());
    }

    private static List<String> sampleBios() {
        List<String> bios = new ArrayList<>();
        try (var samples = Files.list(Path.of("sample-data"))) {
            for (Path sample : samples.sorted().toList()) {
                bios.add(PortfolioStore.load(sample).portfolio().profile().bio());
            }
        } catch (IOException | PortfolioLoadException e) {
            throw new IllegalStateException(e);
        }
        return bios;
    }
}
