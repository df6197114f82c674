package org.scholarfolio.ui.form;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.ignore;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import java.util.List;

import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Font;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * A multi-line text field that lays out only the paragraphs in view (RichTextFX's virtualised area):
 * a key typed in a 20 KB bio lays out one paragraph, where JavaFX's {@code TextArea} lays out the
 * whole text on every key. It is a {@link Control} holding the area, so the labels, tooltips and
 * problem marks treat it as any other field; the keyboard focus goes to the area inside it.
 *
 * <p>As in the editor's other fields: Tab and Shift+Tab leave it (Ctrl+Tab types a tab), the
 * editor's Undo handles Ctrl+Z, and a change arriving from outside (Undo, a recovered change) keeps
 * the caret where the text changed, while a wholly new value shows from its start
 * ({@link CaretKeeping#caretAfter}).
 */
public final class ParagraphTextArea extends Control {
    private static final String STYLE_CLASS = "paragraph-text-area";
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final Area area = new Area();
    private int prefRowCount = 4;
    /** True while the text property follows the area's own typing, or the area follows the property. */
    private boolean syncing;
    /** Counts the values taken from outside; a document built in the background for an older one is dropped. */
    private long taken;
    /** True while a long value's document is being built in the background: the area still shows the one before. */
    private boolean loading;
    /** Counts the changes typed into a long text; a value made for an older count is taken, and the newest made next. */
    private long typed;
    /** True while the area holds typing the text property has not taken yet (a long text only). */
    private boolean pending;
    /** The value being made in the background from the area's document, or null. At most one at a time. */
    private java.util.concurrent.CompletableFuture<String> following;

    /** The fields holding typing not taken yet; touched on the JavaFX thread only. */
    private static final java.util.Set<ParagraphTextArea> WITH_PENDING_TYPING = new java.util.LinkedHashSet<>();
    private static final javafx.beans.property.ReadOnlyBooleanWrapper TYPING_PENDING =
            new javafx.beans.property.ReadOnlyBooleanWrapper(ParagraphTextArea.class, "typingPending");

    /** Replacements longer than this are split into paragraphs off the JavaFX thread (a 10 MB bio took it 2 s). */
    static final int BUILT_IN_BACKGROUND = 200_000;
    /**
     * Above this length a key's new value (the whole text as one string) is made off the JavaFX
     * thread: in a 10 MB bio each key copied 10 MB there, 40 ms and more per key.
     */
    static final int FOLLOWED_IN_BACKGROUND = 200_000;
    private static final java.util.concurrent.Executor BUILDER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scholarfolio-text-field");
        t.setDaemon(true);
        return t;
    });

    public ParagraphTextArea() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(false);
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
                    WITH_PENDING_TYPING.add(this);
                    TYPING_PENDING.set(true);
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
                takeFromOutside(shown, now == null ? "" : now);
            }
        });
        // Leaving the field hands over what was typed, before the form moves on to another record.
        focusWithinProperty().addListener((obs, was, now) -> {
            if (!now) {
                takeTyping();
            }
        });
        Nodes.addInputMap(area, sequence(
                consume(keyPressed(KeyCode.TAB, KeyCombination.SHORTCUT_DOWN), e -> area.replaceSelection("\t")),
                // Not consumed: the scene moves the focus, as from every other field.
                ignore(keyPressed(KeyCode.TAB)),
                ignore(keyPressed(KeyCode.TAB, KeyCombination.SHIFT_DOWN))));
        area.setContextMenu(contextMenu());
        area.setAccessibleRole(AccessibleRole.TEXT_AREA);
        area.accessibleTextProperty().bind(accessibleTextProperty());
    }

    /** The text, bound two-way to a view model's property like {@code TextArea.textProperty()}. */
    public StringProperty textProperty() {
        return text;
    }

    /** The text, with anything typed that the property has not taken yet. */
    public String getText() {
        takeTyping();
        return text.get();
    }

    /**
     * Hands what was typed into a long text and not taken yet to the text property, now, on this
     * thread (a save, an Undo or the recovery journal must see every key). Nothing when all is taken.
     */
    public void takeTyping() {
        if (!pending) {
            return;
        }
        take(area.getContent().snapshot().getText());
    }

    /** {@link #takeTyping()} for every field holding typing not taken yet; on the JavaFX thread. */
    public static void takeAllTyping() {
        for (ParagraphTextArea field : List.copyOf(WITH_PENDING_TYPING)) {
            field.takeTyping();
        }
    }

    /** True while some field holds typing its property has not taken yet (Save and Undo count it as a change). */
    public static javafx.beans.property.ReadOnlyBooleanProperty typingPendingProperty() {
        return TYPING_PENDING.getReadOnlyProperty();
    }

    /**
     * Makes the area's text as one string on the builder thread from a snapshot of its document (an
     * immutable tree of paragraphs: taking it costs nothing) and hands it to the property when done:
     * the value of the latest key if no key came since, else an older one and the next is made at once.
     */
    private void follow() {
        long at = typed;
        var snapshot = area.getContent().snapshot();
        java.util.concurrent.CompletableFuture<String> made = java.util.concurrent.CompletableFuture
                .supplyAsync(snapshot::getText, BUILDER);
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
                takeOlder(value);
                follow();
            }
        }, Platform::runLater);
    }

    /** The property takes {@code value}, the area's whole text now: nothing is pending any more. */
    private void take(String value) {
        dropPending();
        setFromArea(value);
    }

    /** The property takes the area's text as it was some keys ago; the keys since stay pending. */
    private void takeOlder(String value) {
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
            WITH_PENDING_TYPING.remove(this);
            TYPING_PENDING.set(!WITH_PENDING_TYPING.isEmpty());
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

    public void setText(String value) {
        text.set(value);
    }

    /** The rows of text the field asks room for. */
    public void setPrefRowCount(int rows) {
        prefRowCount = rows;
        requestLayout();
    }

    public int getCaretPosition() {
        return area.getCaretPosition();
    }

    public void positionCaret(int at) {
        area.moveTo(Math.max(0, Math.min(at, area.getLength())));
        area.requestFollowCaret();
    }

    /** Puts the caret after the last character, as {@code TextInputControl.end()} does. */
    public void end() {
        positionCaret(area.getLength());
    }

    public void replaceSelection(String replacement) {
        area.replaceSelection(replacement);
    }

    /** The focus goes to the area that takes the keys. */
    @Override
    public void requestFocus() {
        area.requestFocus();
    }

    /** The node that holds the keyboard focus while the field is being edited. */
    public javafx.scene.Node editor() {
        return area;
    }

    /**
     * Applies a value set from outside as the smallest replacement, so that the view stays where it
     * is. {@code shown}: the property's value before, which is the area's text (the two are kept
     * equal), so the area's whole text is never built; each text is walked once from either end.
     */
    private void takeFromOutside(String shown, String now) {
        syncing = true;
        try {
            if (shown.equals(now)) {
                return;
            }
            int prefix = commonPrefix(shown, now);
            int suffix = commonSuffix(shown, now, prefix);
            int caret = CaretKeeping.wholeNewText(shown, now, area.isFocused()) ? 0 : now.length() - suffix;
            long number = ++taken;
            String replacement = now.substring(prefix, now.length() - suffix);
            if (replacement.length() <= BUILT_IN_BACKGROUND) {
                finishLoading();
                area.replaceText(prefix, shown.length() - suffix, replacement);
                moveCaret(caret);
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
            java.util.concurrent.CompletableFuture
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
                            moveCaret(caret);
                        } finally {
                            syncing = false;
                        }
                    }, Platform::runLater);
        } finally {
            syncing = false;
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

    @Override
    protected Skin<?> createDefaultSkin() {
        return new AreaSkin(this);
    }

    /** The scroll pane with the area, asking room for the preferred rows. */
    private static final class AreaSkin extends SkinBase<ParagraphTextArea> {
        AreaSkin(ParagraphTextArea field) {
            super(field);
            getChildren().add(new VirtualizedScrollPane<>(field.area));
        }

        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            double line = Math.ceil(Font.getDefault().getSize() * 1.4);
            return top + bottom + 8 + getSkinnable().prefRowCount * line;
        }

        @Override
        protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
            double line = Math.ceil(Font.getDefault().getSize() * 1.4);
            return top + bottom + 8 + Math.min(2, getSkinnable().prefRowCount) * line;
        }

        @Override
        protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
            return left + right + 200;
        }

        @Override
        protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
            return left + right + 60;
        }
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
