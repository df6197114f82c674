package org.scholarfolio.publish;

/** Told what a publish is doing; called from the publishing thread. */
public interface PublishProgress {
    enum Step {
        FETCH("Fetching"), EXPORT("Exporting"), CHECK("Checking"), COMMIT("Committing"), PUSH("Pushing");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A new step began; {@code detail} says what with, e.g. the remote's address. */
    void step(Step step, String detail);

    /** How far the current step is, 0 to 1, when known. */
    default void fraction(double done) {
    }

    PublishProgress SILENT = (step, detail) -> { };
}
