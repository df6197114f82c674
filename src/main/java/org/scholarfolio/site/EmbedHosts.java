package org.scholarfolio.site;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.EmbedHostEntry;
import org.scholarfolio.model.SiteSettings;

/** The hosts of {@code site.embedHosts} that the site loads images and embeds from, in the order written. */
final class EmbedHosts {
    private EmbedHosts() {
    }

    static Set<String> of(SiteSettings site) {
        return of(site, null);
    }

    /** As {@link #of(SiteSettings)}, warning about each entry that is not a host name when {@code warnings} is given. */
    static Set<String> of(SiteSettings site, List<Diagnostic> warnings) {
        Set<String> hosts = new LinkedHashSet<>();
        List<String> entries = site.embedHosts();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            var host = EmbedHostEntry.hostName(entry);
            if (host.isPresent()) {
                hosts.add(host.get());
            } else if (warnings != null) {
                warnings.add(EmbedHostEntry.ignored(i, entry));
            }
        }
        return hosts.isEmpty() ? Set.of() : Collections.unmodifiableSet(hosts);
    }
}
