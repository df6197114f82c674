package org.scholarfolio.site.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.scholarfolio.model.Author;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Page;
import org.scholarfolio.model.PersonName;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.Profile;
import org.scholarfolio.model.Publication;
import org.scholarfolio.model.PublicationLinks;
import org.scholarfolio.model.SiteSettings;
import org.scholarfolio.model.SocialKind;
import org.scholarfolio.model.SocialLink;
import org.scholarfolio.model.UnknownFields;

/**
 * A large, realistic portfolio for the export benchmark, the same on every run (fixed seed):
 * publications with 2-12 authors (the owner among them, equal-contribution and corresponding
 * marks), journals and conferences, 120-200 word abstracts, DOIs, arXiv ids, links and extra BibTeX
 * fields; news with Markdown bodies, a fifth of them with a page of their own.
 */
public final class BenchmarkPortfolio {
    private static final String[] GIVEN = {"Alice", "Bo", "Chen", "Dmitri", "Elena", "Farah", "Gustav", "Hiroshi",
        "Ines", "Jun", "Kwame", "Lena", "Mateo", "Nadia", "Oskar", "Priya", "Qiang", "Rosa", "Sven", "Tomás",
        "Ursula", "Vikram", "Wei", "Xin", "Yusuf", "Zoë", "José", "Ælfric"};
    private static final String[] FAMILY = {"Adams", "Bauer", "Chen", "Dubois", "Eriksson", "Fischer", "García",
        "Hoffmann", "Ivanova", "Jensen", "Kim", "Li", "Müller", "Nguyen", "Okafor", "Petrov", "Quinn", "Rossi",
        "Sato", "Tanaka", "Ueda", "Varga", "Wang", "Xu", "Yilmaz", "Zhang", "Østergaard", "Łukasiewicz"};
    private static final String[][] CONFERENCES = {
        {"NeurIPS", "Advances in Neural Information Processing Systems"},
        {"ICML", "Proceedings of the International Conference on Machine Learning"},
        {"ICLR", "International Conference on Learning Representations"},
        {"CVPR", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition"},
        {"ACL", "Proceedings of the Annual Meeting of the Association for Computational Linguistics"},
        {"AAAI", "Proceedings of the AAAI Conference on Artificial Intelligence"}};
    private static final String[][] JOURNALS = {
        {"JMLR", "Journal of Machine Learning Research"},
        {"TPAMI", "IEEE Transactions on Pattern Analysis and Machine Intelligence"},
        {"Nature", "Nature"},
        {"PNAS", "Proceedings of the National Academy of Sciences"}};
    private static final String[] TOPIC = {"Robust", "Efficient", "Scalable", "Provable", "Sparse", "Federated",
        "Private", "Causal", "Bayesian", "Contrastive", "Adversarial", "Interpretable", "Low-Rank", "Distributed"};
    private static final String[] SUBJECT = {"Optimization", "Machine Unlearning", "Graph Neural Networks",
        "Diffusion Models", "Language Models", "Reinforcement Learning", "Fine-Tuning", "Pruning",
        "Representation Learning", "Meta-Learning", "Bilevel Optimization", "Model Compression"};
    private static final String[] CONTEXT = {"at Scale", "under Distribution Shift", "for Edge Devices",
        "without Labels", "via Gradient Saliency", "through the Lens of Game Theory", "with Theoretical Guarantees",
        "in the Wild", "for Scientific Discovery", "from First Principles"};
    private static final String[] WORDS = ("we study the problem of learning under constraints and show that a "
            + "simple method based on first order information achieves strong results on standard benchmarks "
            + "our analysis reveals a trade off between accuracy and efficiency which we characterise with new "
            + "bounds experiments on image and text data confirm the theory and the code is available to the "
            + "community as an open source library with detailed documentation and reproducible scripts").split(" ");
    private static final String[] NEWS_OPENINGS = {"Our paper", "A new preprint", "Two papers", "Our workshop paper",
        "The extended version of our paper"};
    private static final String[] PLACES = {"Vienna", "Vancouver", "New Orleans", "Kigali", "Singapore", "Honolulu"};

    private BenchmarkPortfolio() {
    }

    public static Portfolio generate(int publicationCount, int newsCount) {
        Random random = new Random(20261124L);
        Profile profile = Profile.EMPTY.toBuilder()
                .name(new PersonName("Maria", "", "Rossi"))
                .position("Associate Professor")
                .affiliation("Department of Computer Science, Example University")
                .subtitle("Machine learning, optimisation and *trustworthy* AI")
                .email("maria.rossi@example.org")
                .bio("""
                        I lead the **Trustworthy Learning** group. We work on optimisation for machine learning,
                        on [machine unlearning](https://en.wikipedia.org/wiki/Machine_unlearning) and on
                        efficient training of large models :rocket:.

                        Prospective students: please read the [group page](https://example.org/group) first.
                        """)
                .socialLinks(List.of(SocialLink.of(SocialKind.EMAIL, "maria.rossi@example.org"),
                        SocialLink.of(SocialKind.GITHUB_USERNAME, "mrossi"),
                        SocialLink.of(SocialKind.SCHOLAR_USERID, "AbCdEfG")))
                .nameVariants(List.of("Maria Rossi", "M. Rossi"))
                .build();
        SiteSettings site = SiteSettings.DEFAULT.toBuilder()
                .title("Maria Rossi")
                .description("Homepage of Maria Rossi, machine learning researcher.")
                .footer("A generated portfolio for the export benchmark.")
                .build();
        List<Publication> publications = new ArrayList<>();
        for (int i = 0; i < publicationCount; i++) {
            publications.add(publication(i, random));
        }
        List<NewsItem> news = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 11, 1);
        for (int i = 0; i < newsCount; i++) {
            day = day.minusDays(3 + random.nextInt(9));
            news.add(newsItem(i, day, random));
        }
        List<Page> pages = List.of(new Page("teaching", "Teaching", 1, true,
                "# Teaching\n\n- CS 101, *Introduction to Programming*\n- CS 542, Optimisation for ML\n", UnknownFields.NONE));
        return new Portfolio(Portfolio.CURRENT_SCHEMA_VERSION, profile, site, news, publications, pages,
                UnknownFields.NONE);
    }

    private static Publication publication(int i, Random random) {
        boolean journal = random.nextInt(4) == 0;
        String[] venue = journal ? pick(JOURNALS, random) : pick(CONFERENCES, random);
        int year = 2026 - random.nextInt(25);
        List<Author> authors = new ArrayList<>();
        int count = 2 + random.nextInt(11);
        int owner = random.nextInt(count);
        for (int a = 0; a < count; a++) {
            Author author = a == owner ? Author.of("Maria", "Rossi") : Author.of(pick(GIVEN, random), pick(FAMILY, random));
            if (a < 2 && random.nextInt(5) == 0) {
                author = author.withEqualContribution(true);
            }
            if (a == count - 1 && random.nextInt(3) == 0) {
                author = author.withCorresponding(true);
            }
            authors.add(author);
        }
        String title = pick(TOPIC, random) + " " + pick(SUBJECT, random) + " " + pick(CONTEXT, random)
                + (random.nextInt(6) == 0 ? ": A {BERT} Perspective" : "");
        String key = authors.get(0).family().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")
                + year + "paper" + i;
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("series", venue[0] + " '" + String.format("%02d", year % 100));
        if (random.nextBoolean()) {
            extra.put("editor", pick(GIVEN, random) + " " + pick(FAMILY, random));
        }
        Publication.Builder b = Publication.builder(key, journal ? "article" : "inproceedings")
                .title(title)
                .authors(authors)
                .andOthers(random.nextInt(20) == 0)
                .abbr(venue[0])
                .year(year)
                .month(1 + random.nextInt(12))
                .pages((1 + random.nextInt(400)) + "--" + (401 + random.nextInt(400)))
                .doi("10.5555/bench." + year + "." + i)
                .abstractText(abstractText(random))
                .selected(i % 100 == 7)
                .bibtexShow(true)
                .links(new PublicationLinks("", random.nextBoolean() ? "https://example.org/papers/" + key + ".pdf" : "",
                        "", "", "", random.nextInt(3) == 0 ? "https://github.com/example/" + key : "", "", "", ""))
                .bibtexFields(extra);
        if (journal) {
            b.journal(venue[1]).volume(String.valueOf(1 + random.nextInt(40))).number(String.valueOf(1 + random.nextInt(12)));
        } else {
            b.booktitle(venue[1]).location(pick(PLACES, random)).publisher("PMLR");
        }
        if (random.nextInt(3) == 0) {
            b.arxiv(String.format("%02d%02d.%05d", year % 100, 1 + random.nextInt(12), random.nextInt(100_000)));
        }
        if (random.nextInt(25) == 0) {
            b.award("Outstanding Paper Award").awardName("Best Paper");
        }
        return b.build();
    }

    private static String abstractText(Random random) {
        int words = 120 + random.nextInt(81);
        StringBuilder sb = new StringBuilder("We propose a new method");
        for (int w = 0; w < words; w++) {
            sb.append(w % 23 == 22 ? ". " : " ");
            String word = pick(WORDS, random);
            sb.append(w % 23 == 22 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return sb.append('.').toString();
    }

    private static NewsItem newsItem(int i, LocalDate day, Random random) {
        boolean ownPage = i % 5 == 0;
        String venue = pick(CONFERENCES, random)[0];
        if (!ownPage) {
            String body = pick(NEWS_OPENINGS, random) + " on *" + pick(SUBJECT, random).toLowerCase(Locale.ROOT)
                    + "* was accepted at **" + venue + " " + day.getYear() + "** :tada:"
                    + (random.nextBoolean() ? " See the [preprint](https://arxiv.org/abs/2401." + (10000 + i) + ")." : "");
            return new NewsItem("news-" + i, NewsDate.of(day), "", body, true, UnknownFields.NONE);
        }
        String title = "Talk at " + venue + " in " + pick(PLACES, random);
        String body = """
                I gave an invited talk on **%s** at %s %d in %s. The slides are [online](https://example.org/talks/%d.pdf).

                ## What the talk covered

                - why *%s* matters for practitioners;
                - three open problems, with pointers to our recent papers;
                - a live demo of the open-source library.

                Thanks to the organisers and to everyone who asked questions :smile:. A recording will follow.
                """.formatted(pick(SUBJECT, random), venue, day.getYear(), pick(PLACES, random), i,
                pick(TOPIC, random).toLowerCase(Locale.ROOT) + " " + pick(SUBJECT, random).toLowerCase(Locale.ROOT));
        return new NewsItem("news-" + i, NewsDate.of(day), title, body, false, UnknownFields.NONE);
    }

    private static <T> T pick(T[] options, Random random) {
        return options[random.nextInt(options.length)];
    }
}
