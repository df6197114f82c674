package org.scholarfolio.generator;

import java.util.Locale;
import java.util.Random;

/**
 * The words of a generated portfolio: paper titles, Markdown abstracts and news bodies that read
 * like a machine-learning group's homepage, drawn from fixed lists so a seed gives the same text.
 */
final class GeneratedText {
    static final String[] TOPIC = {"Robust", "Efficient", "Scalable", "Provable", "Sparse", "Federated",
        "Private", "Causal", "Bayesian", "Contrastive", "Adversarial", "Interpretable", "Low-Rank", "Distributed"};
    static final String[] SUBJECT = {"Optimization", "Machine Unlearning", "Graph Neural Networks",
        "Diffusion Models", "Language Models", "Reinforcement Learning", "Fine-Tuning", "Pruning",
        "Representation Learning", "Meta-Learning", "Bilevel Optimization", "Model Compression"};
    private static final String[] CONTEXT = {"at Scale", "under Distribution Shift", "for Edge Devices",
        "without Labels", "via Gradient Saliency", "through the Lens of Game Theory", "with Theoretical Guarantees",
        "in the Wild", "for Scientific Discovery", "from First Principles"};
    private static final String[] SUBTITLE = {"A Unified View of Convergence and Generalization",
        "Why Simple Baselines Are Hard to Beat", "Lessons from a Large Empirical Study",
        "Theory, Algorithms and Open Problems", "When and Why It Works in Practice",
        "A {BERT} Perspective on Old Questions", "Closing the Gap Between Theory and Practice"};
    private static final String[] WORDS = ("we study the problem of learning under constraints and show that a "
            + "simple method based on first order information achieves strong results on standard benchmarks "
            + "our analysis reveals a trade off between accuracy and efficiency which we characterise with new "
            + "bounds experiments on image and text data confirm the theory and the code is available to the "
            + "community as an open source library with detailed documentation and reproducible scripts").split(" ");
    private static final String[] EMPHASIS = {"*without* retraining", "**state-of-the-art** accuracy",
        "a `drop-in` replacement", "*provably* faster convergence", "[open data](https://example.org/data)"};
    private static final String[] MATH = {"$O(\\sqrt{T})$ regret", "a rate of $\\mathcal{O}(1/\\epsilon^2)$",
        "$\\ell_2$-regularised objectives", "$\\kappa$-conditioned problems"};
    private static final String[] EMOJI = {":rocket:", ":tada:", ":seedling:", ":sparkles:"};
    private static final String[] NEWS_OPENINGS = {"Our paper", "A new preprint", "Two papers", "Our workshop paper",
        "The extended version of our paper"};
    static final String[] PLACES = {"Vienna", "Vancouver", "New Orleans", "Kigali", "Singapore", "Honolulu"};

    private GeneratedText() {
    }

    /** About twelve words: topic, subject, context and a subtitle after a colon. */
    static String title(Random random) {
        return pick(TOPIC, random) + " " + pick(SUBJECT, random) + " " + pick(CONTEXT, random) + ": "
                + pick(SUBTITLE, random);
    }

    /** About 150 words of Markdown: emphasis, sometimes a formula, sometimes an emoji. */
    static String abstractText(Random random) {
        int words = 135 + random.nextInt(31);
        StringBuilder sb = new StringBuilder("We propose a new method");
        for (int w = 0; w < words; w++) {
            boolean sentenceEnd = w % 23 == 22;
            sb.append(sentenceEnd ? ". " : " ");
            if (w % 41 == 40) {
                sb.append(pick(EMPHASIS, random)).append(' ');
            }
            String word = pick(WORDS, random);
            sb.append(sentenceEnd ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        if (random.nextInt(4) == 0) {
            sb.append(", with ").append(pick(MATH, random));
        }
        sb.append('.');
        if (random.nextInt(8) == 0) {
            sb.append(' ').append(pick(EMOJI, random));
        }
        return sb.toString();
    }

    /** One Markdown sentence for an inline news item. */
    static String shortNews(String venue, int year, int index, Random random) {
        return pick(NEWS_OPENINGS, random) + " on *" + pick(SUBJECT, random).toLowerCase(Locale.ROOT)
                + "* was accepted at **" + venue + " " + year + "** " + pick(EMOJI, random)
                + (random.nextBoolean() ? " See the [preprint](https://arxiv.org/abs/2401." + (10000 + index) + ")." : "");
    }

    /** A Markdown page with a heading, a list and a link, for a news item with its own page. */
    static String newsPage(String venue, int year, int index, Random random) {
        return """
                I gave an invited talk on **%s** at %s %d in %s. The slides are [online](https://example.org/talks/%d.pdf).

                ## What the talk covered

                - why *%s* matters for practitioners;
                - three open problems, with pointers to our recent papers;
                - a live demo of the open-source library.

                Thanks to the organisers and to everyone who asked questions :smile:. A recording will follow.
                """.formatted(pick(SUBJECT, random), venue, year, pick(PLACES, random), index,
                pick(TOPIC, random).toLowerCase(Locale.ROOT) + " " + pick(SUBJECT, random).toLowerCase(Locale.ROOT));
    }

    static <T> T pick(T[] options, Random random) {
        return options[random.nextInt(options.length)];
    }
}
