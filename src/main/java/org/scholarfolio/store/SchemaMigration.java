package org.scholarfolio.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of the file format's history: rewrites a tree of version {@link #fromVersion()} into
 * version {@code fromVersion() + 1}, in place. Steps work on the raw tree so that they can move
 * members the current model no longer has a name for.
 */
public interface SchemaMigration {
    int fromVersion();

    void migrate(ObjectNode root);
}
