package org.scholarfolio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.scholarfolio.model.Portfolio;

/** Says in a few lines how a recovered portfolio differs from the saved one. */
final class RecoverySummary {
    private RecoverySummary() {
    }

    static List<String> between(Portfolio saved, Portfolio recovered) {
        List<String> lines = new ArrayList<>();
        if (!saved.profile().equals(recovered.profile())) {
            lines.add("Profile changed");
        }
        list(lines, "Publications", saved.publications(), recovered.publications(), p -> p.citationKey());
        list(lines, "News", saved.news(), recovered.news(), n -> n.id());
        list(lines, "Pages", saved.pages(), recovered.pages(), p -> p.slug());
        if (!saved.site().equals(recovered.site())) {
            lines.add("Site settings changed");
        }
        if (lines.isEmpty()) {
            lines.add("Nothing differs from the saved file");
        }
        return lines;
    }

    private static <T> void list(List<String> lines, String name, List<T> saved, List<T> recovered, Function<T, String> id) {
        if (saved.equals(recovered)) {
            return;
        }
        Set<String> before = saved.stream().map(id).collect(Collectors.toSet());
        Set<String> after = recovered.stream().map(id).collect(Collectors.toSet());
        List<String> added = recovered.stream().map(id).filter(k -> !before.contains(k)).toList();
        List<String> removed = saved.stream().map(id).filter(k -> !after.contains(k)).toList();
        long changed = recovered.stream().filter(r -> before.contains(id.apply(r))
                && saved.stream().noneMatch(s -> Objects.equals(s, r))).count();
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add(added.size() + " added (" + String.join(", ", added.subList(0, Math.min(3, added.size())))
                    + (added.size() > 3 ? ", \u2026" : "") + ")");
        }
        if (!removed.isEmpty()) {
            parts.add(removed.size() + " removed (" + String.join(", ", removed.subList(0, Math.min(3, removed.size())))
                    + (removed.size() > 3 ? ", \u2026" : "") + ")");
        }
        if (changed > 0) {
            parts.add(changed + " changed");
        }
        lines.add(name + ": " + (parts.isEmpty() ? "reordered" : String.join(", ", parts)));
    }
}
