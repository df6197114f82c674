package org.scholarfolio.publish;

import java.util.Optional;
import org.scholarfolio.model.PublishTarget;

/**
 * One result of the pre-flight check: what was looked at, a plain explanation, and, where one
 * click can put it right, the publish target that does.
 */
public record Finding(Severity severity, String title, String explanation, Optional<Fix> fix) {
    public enum Severity {
        /** Publishing would fail or break the site; nothing is committed. */
        ERROR,
        /** The site works, but something is off (wrong addresses, a paper Google Scholar will skip). */
        WARNING,
        /** Checked and fine. */
        OK
    }

    /** A one-click fix: publish to {@code target} instead (e.g. with the base URL the remote serves). */
    public record Fix(String label, PublishTarget target) {
    }

    public Finding {
        fix = fix == null ? Optional.empty() : fix;
    }

    static Finding ok(String title, String explanation) {
        return new Finding(Severity.OK, title, explanation, Optional.empty());
    }

    static Finding warning(String title, String explanation) {
        return new Finding(Severity.WARNING, title, explanation, Optional.empty());
    }

    static Finding error(String title, String explanation) {
        return new Finding(Severity.ERROR, title, explanation, Optional.empty());
    }

    Finding withFix(String label, PublishTarget target) {
        return new Finding(severity, title, explanation, Optional.of(new Fix(label, target)));
    }

    /** One line for a terminal: {@code warning: Title. Explanation. Fix: label.} */
    public String line() {
        String sentence = explanation.isEmpty() ? "" : Character.toUpperCase(explanation.charAt(0)) + explanation.substring(1);
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + title + ". " + sentence + "."
                + fix.map(f -> " Fix: " + f.label() + ".").orElse("");
    }
}
