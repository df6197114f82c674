package org.scholarfolio.publish;

import java.util.List;
import org.scholarfolio.site.ExportReport;

/**
 * What a publish did. {@code message} is a sentence for a person (what happened, and on failure what
 * the remote said and what to do); {@code changedFiles} are the site files the commit changed (or
 * would change, on a dry run); {@code unknownHostKey}, when not null, the SSH host key that stopped it
 * because {@code known_hosts} does not list it yet, for the person to compare and perhaps trust.
 */
public record PublishResult(Outcome outcome, String message, String commit, List<String> changedFiles,
                            ExportReport export, List<Finding> findings, UnknownHostKey unknownHostKey) {
    public PublishResult(Outcome outcome, String message, String commit, List<String> changedFiles,
                         ExportReport export, List<Finding> findings) {
        this(outcome, message, commit, changedFiles, export, findings, null);
    }

    public enum Outcome {
        /** A commit was pushed. */
        PUBLISHED,
        /** The branch already holds exactly this site; nothing was committed or pushed. */
        UNCHANGED,
        /** A dry run: exported and checked, nothing committed or pushed. */
        DRY_RUN,
        /** A pre-flight check found an error; nothing was committed or pushed. */
        BLOCKED,
        /** The remote could not be reached or refused; nothing on it changed. */
        FAILED,
        CANCELLED
    }

    public PublishResult {
        changedFiles = List.copyOf(changedFiles);
        findings = List.copyOf(findings);
        commit = commit == null ? "" : commit;
    }

    public boolean succeeded() {
        return outcome == Outcome.PUBLISHED || outcome == Outcome.UNCHANGED || outcome == Outcome.DRY_RUN;
    }
}
