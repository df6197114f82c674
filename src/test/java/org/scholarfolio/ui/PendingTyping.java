package org.scholarfolio.ui;

/** What tests hand {@link EditorViewModel#takePendingEditsWith} in place of a long text's field. */
final class PendingTyping {
    private PendingTyping() {
    }

    /** As a long text's field does: the edit it still holds, made once when asked. */
    static Runnable once(Runnable edit) {
        boolean[] done = {false};
        return () -> {
            if (!done[0]) {
                done[0] = true;
                edit.run();
            }
        };
    }
}
