package org.scholarfolio.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs the migration steps from a file's version up to the version this build writes. */
public final class SchemaMigrations {
    /**
     * The steps this build knows. Version 1 is the first published format, so the list is empty;
     * each later format change adds the step from its predecessor here.
     */
    static final SchemaMigrations PRODUCTION = new SchemaMigrations(List.of(), 1);

    private final Map<Integer, SchemaMigration> byFromVersion;
    private final int currentVersion;

    public SchemaMigrations(List<SchemaMigration> steps, int currentVersion) {
        this.byFromVersion = steps.stream()
                .collect(Collectors.toMap(SchemaMigration::fromVersion, Function.identity()));
        this.currentVersion = currentVersion;
        for (int v = 1; v < currentVersion; v++) {
            if (!byFromVersion.containsKey(v)) {
                throw new IllegalArgumentException("no migration from version " + v);
            }
        }
    }

    public int currentVersion() {
        return currentVersion;
    }

    /**
     * Upgrades {@code root} from {@code version} to {@link #currentVersion()} and stamps the new
     * version into it. The caller has already refused versions above the current one.
     */
    public void upgrade(ObjectNode root, int version) {
        for (int v = version; v < currentVersion; v++) {
            byFromVersion.get(v).migrate(root);
            root.put("schemaVersion", v + 1);
        }
    }
}
