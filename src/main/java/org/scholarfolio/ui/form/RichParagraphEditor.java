package org.scholarfolio.ui.form;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.ignore;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * The editing half of {@link ParagraphTextArea}: RichTextFX's virtualised area, kept equal to the
 * field's text property. Made only when the person first reaches the field (RichTextFX and its
 * libraries are some 800 classes that the first window does not need), so no other class of the
 * form names a RichTextFX type.
 *
 * <p>A key typed into a long text (over {@value #FOLLOWED_IN_BACKGROUND} characters) reaches the
 * property from a thread of its own: the typing is pending until then, and {@link #takeTyping()}
 * hands it over at once when a save, an Undo or the recovery journal needs it.
 */
final class RichParagraphEditor {
    /** Replacements longer than this are split into paragraphs off the JavaFX thread (a 10 MB bio took it 2 s). */
    static final int BUILT_IN_BACKGROUND = 200_000;
    /**
     * Above this length a key's new value (the whole text as one string) is made off the JavaFX
     * thread: in a 10 MB bio each key copied 10 MB there, 40 ms and more per key.
     */
    static final int FOLLOWED_IN_BACKGROUND = 200_000;
    private static final Executor BUILDER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scholarfolio-text-field");
        t.setDaemon(true);
        return t;
    });

    private final StringProperty text;
    /** Told true when typing starts to wait for the property, false when none waits any more. */
    private final Consumer<Boolean> pendingNotice;
    private final Area area = new Area();
    private final VirtualizedScrollPane<Area> pane = new VirtualizedScrollPane<>(area);
    /** True while the text property follows the area's own typing, or the area follows the property. */
    private boolean syncing;
    /** Counts the values taken from outside; a document built in the background for an older one is dropped. */
    private long taken;
    /** True while a long value's document is being built in the background: the area still shows the one before. */
    private boolean loading;
    /** The stand-in showed its first line at the top: so does the area when it takes over, rather than scroll to the caret. */
    private boolean fromTop;
    /** Counts the changes typed into a long text; a value made for an older count is taken, and the newest made next. */
    private long typed;
    /** True while the area holds typing the text property has not taken yet (a long text only). */
    private boolean pending;
    /** The value being made in the background from the area's document, or null. At most one at a time. */
    private CompletableFuture<String> following;

    /**
     * Shows {@code text}'s value with the selection from {@code anchor} to {@code caret} (where the
     * plain stand-in had it), from its first line if {@code fromTop} (the stand-in was not scrolled),
     * and from then on keeps the two equal.
     */
    RichParagraphEditor(StringProperty text, ObservableValue<String> accessibleText, int anchor, int caret, boolean fromTop,
            Consumer<Boolean> pendingNotice) {
        this.text = text;
        this.fromTop = fromTop;
        this.pendingNotice = pendingNotice;
        area.setWrapText(true);
        // The editor keeps one history for the portfolio; the area's own would disagree with it.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        // Rich changes, not plain ones: RichTextFX makes a plain change by joining the whole removed and
        // inserted text (10 MB when a long value is swapped in); here only a key's worth is read.
        area.richChanges().subscribe(change -> {
            if (syncing) {
                return;
            }
            if (pending || area.getLength() > FOLLOWED_IN_BACKGROUND) {
                // A long text: the property takes the area's text from a thread of its own, coalesced.
                typed++;
                if (!pending) {
                    pending = true;
                    pendingNotice.accept(true);
                }
                if (following == null) {
                    follow();
                }
                return;
            }
            syncing = true;
            try {
                // The property held the area's text before this change: apply the change to it rather
                // than asking the area for its whole text, which walks every paragraph (200,000 in a 10 MB bio).
                String before = text.get();
                int at = change.getPosition();
                int removedEnd = at + change.getRemoved().length();
                String inserted = change.getInserted().getText();
                boolean inStep = before != null && removedEnd <= before.length()
                        && before.length() - change.getRemoved().length() + inserted.length() == area.getLength();
                text.set(inStep ? spliced(before, at, removedEnd, inserted) : area.getText());
            } finally {
                syncing = false;
            }
        });
        text.addListener((obs, old, now) -> {
            if (!syncing) {
                // A value from outside replaces typing not taken yet (the editor takes it first: takeTyping).
                boolean typedSince = pending;
                dropPending();
                // The old value is the area's text, unless something set the property while the area changed.
                String shown = !typedSince && !loading && old != null && old.length() == area.getLength() ? old : area.getText();
                takeFromOutside(shown, now == null ? "" : now, -1, -1);
            }
        });
        org.fxmisc.wellbehaved.event.Nodes.addInputMap(area, sequence(
                consume(keyPressed(KeyCode.TAB, KeyCombination.SHORTCUT_DOWN), e -> replaceSelection("\t")),
                // Not consumed: the scene moves the focus, as from every other field.
                ignore(keyPressed(KeyCode.TAB)),
                ignore(keyPressed(KeyCode.TAB, KeyCombination.SHIFT_DOWN))));
        area.setContextMenu(contextMenu());
        area.setAccessibleRole(AccessibleRole.TEXT_AREA);
        area.accessibleTextProperty().bind(accessibleText);
        String value = text.get() == null ? "" : text.get();
        takeFromOutside("", value, Math.min(anchor, value.length()), Math.min(caret, value.length()));
    }

    /** The scroll pane with the area, to place in the field. */
    Node node() {
        return pane;
    }

    /** The area, which takes the keys. */
    Node area() {
        return area;
    }

    int getCaretPosition() {
        return area.getCaretPosition();
    }

    void positionCaret(int at) {
        area.moveTo(Math.max(0, Math.min(at, area.getLength())));
        area.requestFollowCaret();
    }

    /**
     * Types {@code replacement} over the selection, as a key does: nothing while a long value is still
     * being built (the area is not editable then). The area would take it into its empty or old text,
     * and that text would become the value: Ctrl+Tab there replaced a 416,000-character text with a tab.
     */
    void replaceSelection(String replacement) {
        if (area.isEditable()) {
            area.replaceSelection(replacement);
        }
    }

    /** Hands typing not taken yet to the text property, now, on this thread. Nothing when all is taken. */
    void takeTyping() {
        if (!pending) {
            return;
        }
        take(area.getContent().snapshot().getText());
    }

    /**
     * Makes the area's text as one string on the builder thread from a snapshot of its document (an
     * immutable tree of paragraphs: taking it costs nothing) and hands it to the property when done:
     * the value of the latest key if no key came since, else an older one and the next is made at once.
     */
    private void follow() {
        long at = typed;
        var snapshot = area.getContent().snapshot();
        CompletableFuture<String> made = CompletableFuture.supplyAsync(snapshot::getText, BUILDER);
        following = made;
        made.whenCompleteAsync((value, failure) -> {
            if (following != made) {
                return; // taken meanwhile, or replaced by a value from outside
            }
            following = null;
            if (!pending) {
                return;
            }
            if (failure != null) {
                takeTyping();
            } else if (at == typed) {
                take(value);
            } else {
                setFromArea(value); // some keys ago: the keys since stay pending
                follow();
            }
        }, Platform::runLater);
    }

    /** The property takes {@code value}, the area's whole text now: nothing is pending any more. */
    private void take(String value) {
        dropPending();
        setFromArea(value);
    }

    private void setFromArea(String value) {
        syncing = true;
        try {
            text.set(value);
        } finally {
            syncing = false;
        }
    }

    private void dropPending() {
        following = null;
        if (pending) {
            pending = false;
            pendingNotice.accept(false);
        }
    }

    /** {@code before} with {@code [at, removedEnd)} replaced: one copy when typing at the end, two otherwise. */
    static String spliced(String before, int at, int removedEnd, String inserted) {
        if (removedEnd == before.length()) {
            return before.substring(0, at).concat(inserted);
        }
        return new StringBuilder(before.length() - (removedEnd - at) + inserted.length())
                .append(before, 0, at).append(inserted).append(before, removedEnd, before.length()).toString();
    }

    /**
     * Applies a value set from outside as the smallest replacement, so that the view stays where it
     * is. {@code shown}: the property's value before, which is the area's text (the two are kept
     * equal), so the area's whole text is never built; each text is walked once from either end.
     * A selection given ({@code caret} ≥ 0) replaces where the change would put the caret.
     */
    private void takeFromOutside(String shown, String now, int anchor, int caret) {
        syncing = true;
        try {
            if (shown.equals(now)) {
                select(anchor, caret);
                return;
            }
            int prefix = commonPrefix(shown, now);
            int suffix = commonSuffix(shown, now, prefix);
            int changeCaret = CaretKeeping.wholeNewText(shown, now, area.isFocused()) ? 0 : now.length() - suffix;
            long number = ++taken;
            String replacement = now.substring(prefix, now.length() - suffix);
            if (replacement.length() <= BUILT_IN_BACKGROUND) {
                finishLoading();
                area.replaceText(prefix, shown.length() - suffix, replacement);
                afterChange(changeCaret, anchor, caret);
                return;
            }
            // Splitting megabytes into paragraphs takes seconds; the window keeps drawing meanwhile and the
            // area takes no keys until it shows the new value. A newer value makes this one's document moot.
            if (!loading) {
                loading = true;
                area.setEditable(false);
            }
            int end = shown.length() - suffix;
            var paragraphStyle = area.getInitialParagraphStyle();
            var textStyle = area.getInitialTextStyle();
            var segments = area.getSegOps();
            CompletableFuture
                    .supplyAsync(() -> {
                        var document = ReadOnlyStyledDocument.fromString(replacement, paragraphStyle, textStyle, segments);
                        // Kept by the document: RichTextFX asks for it on the JavaFX thread when the change is
                        // made (to see whether the plain text changed), a walk of every paragraph there.
                        document.getText();
                        return document;
                    }, BUILDER)
                    .whenCompleteAsync((document, failure) -> {
                        if (number != taken) {
                            return;
                        }
                        syncing = true;
                        try {
                            finishLoading();
                            if (document != null) {
                                area.replace(prefix, end, document);
                            } else {
                                area.replaceText(prefix, end, replacement); // the build failed: here, as before
                            }
                            afterChange(changeCaret, anchor, caret);
                        } finally {
                            syncing = false;
                        }
                    }, Platform::runLater);
        } finally {
            syncing = false;
        }
    }

    private void afterChange(int changeCaret, int anchor, int caret) {
        if (caret >= 0) {
            select(anchor, caret);
        } else {
            moveCaret(changeCaret);
        }
    }

    private void select(int anchor, int caret) {
        if (caret < 0) {
            return;
        }
        area.selectRange(Math.min(anchor, area.getLength()), Math.min(caret, area.getLength()));
        if (caret == 0 || fromTop) {
            fromTop = false;
            area.showParagraphAtTop(0);
        } else {
            area.requestFollowCaret();
        }
    }

    /** The area shows the latest value (or is about to, in this event): it takes keys again. */
    private void finishLoading() {
        if (loading) {
            loading = false;
            area.setEditable(true);
        }
    }

    private void moveCaret(int caret) {
        area.moveTo(Math.min(caret, area.getLength()));
        if (caret == 0) {
            area.showParagraphAtTop(0);
        } else {
            area.requestFollowCaret();
        }
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static int commonSuffix(String a, String b, int prefix) {
        int n = Math.min(a.length(), b.length()) - prefix;
        int i = 0;
        while (i < n && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i;
    }

    private ContextMenu contextMenu() {
        MenuItem cut = new MenuItem("Cut");
        cut.setOnAction(e -> area.cut());
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> area.copy());
        MenuItem paste = new MenuItem("Paste");
        paste.setOnAction(e -> area.paste());
        MenuItem all = new MenuItem("Select All");
        all.setOnAction(e -> area.selectAll());
        ContextMenu menu = new ContextMenu(cut, copy, paste, new SeparatorMenuItem(), all);
        menu.setOnShowing(e -> {
            boolean none = area.getSelection().getLength() == 0;
            cut.setDisable(none);
            copy.setDisable(none);
        });
        return menu;
    }

    /** The area, answering a screen reader as a text area does. */
    private static final class Area extends StyleClassedTextArea {
        @Override
        public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
            return switch (attribute) {
                case TEXT -> getText();
                case CARET_OFFSET -> getCaretPosition();
                case SELECTION_START -> getSelection().getStart();
                case SELECTION_END -> getSelection().getEnd();
                case EDITABLE -> isEditable();
                default -> super.queryAccessibleAttribute(attribute, parameters);
            };
        }
    }
}
