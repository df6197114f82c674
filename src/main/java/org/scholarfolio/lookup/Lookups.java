package org.scholarfolio.lookup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.scholarfolio.importer.bibtex.BibtexMerge;
import org.scholarfolio.importer.bibtex.BibtexMergePlan;
import org.scholarfolio.model.Publication;

/** Sets lookups up from the environment, and merges what they fetched the way BibTeX imports merge. */
public final class Lookups {
    /** Seconds one request may take; for slow links (default 20). */
    public static final String TIMEOUT_VARIABLE = "SCHOLARFOLIO_LOOKUP_TIMEOUT";

    private Lookups() {
    }

    /**
     * A lookup whose service addresses, timeout and cache folder come from {@code env} (see
     * docs/identifiers.md), asking politely on behalf of {@code email}.
     *
     * @throws IllegalArgumentException naming a variable whose value cannot be used
     */
    public static RecordLookup fromEnvironment(Map<String, String> env, String appVersion, String email) {
        ServiceUrls urls = ServiceUrls.fromEnvironment(env);
        ServiceClient.Settings settings = ServiceClient.Settings.standard(appVersion, email);
        String timeout = env.get(TIMEOUT_VARIABLE);
        if (timeout != null && !timeout.isBlank()) {
            if (!timeout.strip().matches("\\d{1,4}") || Integer.parseInt(timeout.strip()) == 0) {
                throw new IllegalArgumentException(TIMEOUT_VARIABLE + "=" + timeout + " is not a number of seconds");
            }
            settings = settings.withTimeout(Duration.ofSeconds(Integer.parseInt(timeout.strip())));
        }
        Path cache = AnswerCache.userFolder(env, System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
        return new RecordLookup(new ServiceClient(settings, new AnswerCache(cache, Clock.systemUTC())), urls, email);
    }

    /**
     * The plan for adding fetched records: each gets a citation key in the house style, then is
     * matched by DOI, arXiv id and title (never by its made-up key) as {@code import bibtex} does.
     */
    public static BibtexMergePlan plan(List<Publication> existing, List<Publication> fetched) {
        CitationKeys keys = new CitationKeys(existing.stream().map(Publication::citationKey).toList());
        List<Publication> keyed = fetched.stream().map(keys::assign).toList();
        return BibtexMerge.plan(existing, keyed, EnumSet.of(BibtexMergePlan.Match.DOI, BibtexMergePlan.Match.ARXIV,
                BibtexMergePlan.Match.TITLE));
    }
}
