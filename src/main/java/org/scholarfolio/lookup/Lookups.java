package org.scholarfolio.lookup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scholarfolio.files.UserFolders;
import org.scholarfolio.importer.bibtex.BibtexMerge;
import org.scholarfolio.importer.bibtex.BibtexMergePlan;
import org.scholarfolio.model.CitationKeys;
import org.scholarfolio.model.Publication;

/** Sets lookups up from the environment, and merges what they fetched the way BibTeX imports merge. */
public final class Lookups {
    /** Seconds one request may take; for slow links (default 20). */
    public static final String TIMEOUT_VARIABLE = "SCHOLARFOLIO_LOOKUP_TIMEOUT";

    private Lookups() {
    }

    /** The app's version from the jar's manifest, for the User-Agent; "development" outside a jar. */
    public static String appVersion() {
        String v = Lookups.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
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
        Path cache = AnswerCache.userFolder(env, System.getProperty("os.name", ""), UserFolders.home());
        return new RecordLookup(new ServiceClient(settings, new AnswerCache(cache, Clock.systemUTC())), urls, email);
    }

    /**
     * The plan for adding fetched records: each gets a citation key as JabRef and Google Scholar make
     * them ({@link CitationKeys}), then is
     * matched by DOI, arXiv id and title (never by its made-up key) as {@code import bibtex} does.
     */
    public static BibtexMergePlan plan(List<Publication> existing, List<Publication> fetched) {
        Set<String> taken = new HashSet<>();
        existing.forEach(p -> taken.add(p.citationKey()));
        List<Publication> keyed = new ArrayList<>();
        for (Publication p : fetched) {
            String key = p.citationKey().isBlank() ? CitationKeys.unique(p, taken) : p.citationKey();
            taken.add(key);
            keyed.add(p.toBuilder().citationKey(key).build());
        }
        return BibtexMerge.plan(existing, keyed, EnumSet.of(BibtexMergePlan.Match.DOI, BibtexMergePlan.Match.ARXIV,
                BibtexMergePlan.Match.TITLE));
    }
}
