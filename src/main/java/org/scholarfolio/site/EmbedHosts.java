package org.scholarfolio.site;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.scholarfolio.markdown.RemoteHosts;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
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
            var host = RemoteHosts.settingEntry(entry);
            if (host.isPresent()) {
                hosts.add(host.get());
            } else if (warnings != null) {
                warnings.add(Diagnostic.warning(FieldPath.parse("site.embedHosts[" + i + "]"), "\"" + entry
                        + "\" is not a host name such as www.youtube.com (no port, path or wildcard); it is ignored"));
            }
        }
        return hosts.isEmpty() ? Set.of() : Collections.unmodifiableSet(hosts);
    }
}
