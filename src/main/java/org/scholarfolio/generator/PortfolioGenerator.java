package org.scholarfolio.generator;

import static org.scholarfolio.generator.GeneratedText.pick;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.scholarfolio.model.Author;
import org.scholarfolio.model.CitationKeys;
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
 * A realistic portfolio of any size, the same for the same seed: publications with 3-8 authors
 * (the owner among them, equal-contribution and corresponding marks), journals and conferences,
 * ~150-word Markdown abstracts, DOIs, arXiv ids, links and extra BibTeX fields; news with Markdown
 * bodies, a fifth of them with a page of their own. Users try the app with it; the benchmarks and
 * the golden output test use it as input. Every link is absolute, so the result validates without
 * any asset files.
 */
public final class PortfolioGenerator {
    /** The seed used when none is given. */
    public static final long DEFAULT_SEED = 20261124L;

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
    private static final LocalDate LATEST_NEWS = LocalDate.of(2026, 11, 1);
    /** The oldest a news item may be: the validator takes a date before 1900 for a mistake. */
    private static final LocalDate EARLIEST_NEWS = LocalDate.of(1950, 1, 1);
    /** The most days between two news items. */
    private static final int MOST_DAYS_APART = 9;

    private PortfolioGenerator() {
    }

    /** {@code publicationCount} publications and {@code newsCount} news items from {@code seed}. */
    public static Portfolio generate(int publicationCount, int newsCount, long seed) {
        if (publicationCount < 0 || newsCount < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        Random random = new Random(seed);
        List<Publication> publications = new ArrayList<>(publicationCount);
        for (int i = 0; i < publicationCount; i++) {
            publications.add(publication(i, random));
        }
        List<NewsItem> news = new ArrayList<>(newsCount);
        // Up to ~3,000 items a week apart on average; more share days, so the oldest stays after EARLIEST_NEWS.
        long span = ChronoUnit.DAYS.between(EARLIEST_NEWS, LATEST_NEWS);
        double scale = Math.min(1.0, span / ((double) MOST_DAYS_APART * Math.max(1, newsCount)));
        long daysBack = 0;
        for (int i = 0; i < newsCount; i++) {
            daysBack += 1 + random.nextInt(MOST_DAYS_APART);
            news.add(newsItem(i, LATEST_NEWS.minusDays((long) Math.floor(daysBack * scale)), random));
        }
        List<Page> pages = List.of(new Page("teaching", "Teaching", 1, true,
                "# Teaching\n\n- CS 101, *Introduction to Programming*\n- CS 542, Optimisation for ML\n", UnknownFields.NONE));
        return new Portfolio(Portfolio.CURRENT_SCHEMA_VERSION, profile(), site(), news, publications, pages,
                UnknownFields.NONE);
    }

    private static Profile profile() {
        return Profile.EMPTY.toBuilder()
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
    }

    private static SiteSettings site() {
        return SiteSettings.DEFAULT.toBuilder()
                .title("Maria Rossi")
                .description("Homepage of Maria Rossi, machine learning researcher.")
                .footer("A generated portfolio: every name, paper and link in it is made up.")
                .build();
    }

    private static Publication publication(int i, Random random) {
        boolean journal = random.nextInt(4) == 0;
        String[] venue = journal ? pick(JOURNALS, random) : pick(CONFERENCES, random);
        int year = 2026 - random.nextInt(25);
        List<Author> authors = authors(random);
        // Müller → muller, Łukasiewicz → lukasiewicz, as the editor and the importers make keys
        String key = CitationKeys.ascii(authors.get(0).family()) + year + "paper" + i;
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("series", venue[0] + " '" + String.format(Locale.ROOT, "%02d", year % 100));
        if (random.nextBoolean()) {
            extra.put("editor", pick(GIVEN, random) + " " + pick(FAMILY, random));
        }
        if (random.nextInt(3) == 0) {
            extra.put("keywords", pick(GeneratedText.SUBJECT, random).toLowerCase(Locale.ROOT) + ", "
                    + pick(GeneratedText.TOPIC, random).toLowerCase(Locale.ROOT));
        }
        Publication.Builder b = Publication.builder(key, journal ? "article" : "inproceedings")
                .title(GeneratedText.title(random))
                .authors(authors)
                .andOthers(random.nextInt(20) == 0)
                .abbr(venue[0])
                .year(year)
                .month(1 + random.nextInt(12))
                .pages((1 + random.nextInt(400)) + "--" + (401 + random.nextInt(400)))
                .doi("10.5555/bench." + year + "." + i)
                .abstractText(GeneratedText.abstractText(random))
                .selected(i % 100 == 7)
                .bibtexShow(true)
                .links(links(key, random))
                .bibtexFields(extra);
        if (journal) {
            b.journal(venue[1]).volume(String.valueOf(1 + random.nextInt(40))).number(String.valueOf(1 + random.nextInt(12)));
        } else {
            b.booktitle(venue[1]).location(pick(GeneratedText.PLACES, random)).publisher("PMLR");
        }
        if (random.nextInt(3) == 0) {
            b.arxiv(String.format(Locale.ROOT, "%02d%02d.%05d", year % 100, 1 + random.nextInt(12), random.nextInt(100_000)));
        }
        if (random.nextInt(25) == 0) {
            b.award("Outstanding Paper Award").awardName("Best Paper");
        }
        return b.build();
    }

    private static List<Author> authors(Random random) {
        List<Author> authors = new ArrayList<>();
        int count = 3 + random.nextInt(6);
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
        return authors;
    }

    private static PublicationLinks links(String key, Random random) {
        String pdf = random.nextBoolean() ? "https://example.org/papers/" + key + ".pdf" : "";
        String code = random.nextInt(3) == 0 ? "https://github.com/example/" + key : "";
        String slides = random.nextInt(6) == 0 ? "https://example.org/slides/" + key + ".pdf" : "";
        String video = random.nextInt(8) == 0 ? "https://example.org/videos/" + key : "";
        return new PublicationLinks("", pdf, "", video, "", code, "", slides, "");
    }

    private static NewsItem newsItem(int i, LocalDate day, Random random) {
        String venue = pick(CONFERENCES, random)[0];
        if (i % 5 != 0) {
            return new NewsItem("news-" + i, NewsDate.of(day), "", GeneratedText.shortNews(venue, day.getYear(), i, random),
                    true, UnknownFields.NONE);
        }
        String title = "Talk at " + venue + " in " + pick(GeneratedText.PLACES, random);
        return new NewsItem("news-" + i, NewsDate.of(day), title, GeneratedText.newsPage(venue, day.getYear(), i, random),
                false, UnknownFields.NONE);
    }
}
