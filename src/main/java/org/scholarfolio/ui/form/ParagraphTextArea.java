package org.scholarfolio.ui.form;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextArea;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Font;

/**
 * A multi-line field that lays out only the paragraphs in view (RichTextFX's virtualised area):
 * a key typed in a 20 KB bio lays out one paragraph, where JavaFX's {@code TextArea} lays out the
 * whole text on every key. It is a {@link Control} holding the area, so the labels, tooltips and
 * problem marks treat it as any other field; the keyboard focus goes to the area inside it.
 *
 * <p>Until the person first reaches it (a click, Tab, a key, the focus asked for), the field shows
 * its text in a read-only JavaFX text area that looks the same: the first window then loads none of
 * RichTextFX's classes. Reaching it swaps in the real area with the text, the caret and the selection
 * where the stand-in had them, and hands it the key or the menu request that did it; nothing typed
 * goes to the stand-in, so the editor's undo history sees the same changes either way. A long value
 * shows only its first {@value #SHOWN_BEFORE_REACHED} characters in the stand-in; scrolling in it
 * brings in the real area, which holds the whole text. The stand-in takes no typing, so while it
 * shows nothing is pending ({@link #takeTyping()}).
 *
 * <p>As in the editor's other fields: Tab and Shift+Tab leave it (Ctrl+Tab types a tab), the
 * editor's Undo handles Ctrl+Z, and a change arriving from outside (Undo, a recovered change) keeps
 * the caret where the text changed, while a wholly new value shows from its start
 * ({@link CaretKeeping#caretAfter}).
 */
public final class ParagraphTextArea extends Control {
    private static final String STYLE_CLASS = "paragraph-text-area";
    /** Replacements longer than this are split into paragraphs off the JavaFX thread. */
    static final int BUILT_IN_BACKGROUND = RichParagraphEditor.BUILT_IN_BACKGROUND;
    /** Above this length a key's new value is made off the JavaFX thread and pending until then. */
    static final int FOLLOWED_IN_BACKGROUND = RichParagraphEditor.FOLLOWED_IN_BACKGROUND;
    /** The stand-in lays out all it shows: more than fills a tall field, never a whole long bio. */
    static final int SHOWN_BEFORE_REACHED = 4_000;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    /** What the skin shows: the stand-in, then the real area's scroll pane. */
    private final ObjectProperty<Node> shown = new SimpleObjectProperty<>(this, "shown");
    private int prefRowCount = 4;
    private TextArea standIn;
    private RichParagraphEditor editor;
    /** A mouse button is down on the stand-in: the swap waits for its release, so a drag selects as usual. */
    private boolean pressed;

    /** The fields holding typing not taken yet; touched on the JavaFX thread only. */
    private static final Set<ParagraphTextArea> WITH_PENDING_TYPING = new LinkedHashSet<>();
    private static final ReadOnlyBooleanWrapper TYPING_PENDING = new ReadOnlyBooleanWrapper(ParagraphTextArea.class, "typingPending");

    public ParagraphTextArea() {
        this(null);
    }

    /** {@code rest}: the stand-in is drawn at rest until it is reached or {@code rest} wakes it ({@link FieldsAtRest}). */
    public ParagraphTextArea(FieldsAtRest rest) {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(false);
        standIn = standIn(rest);
        shown.set(standIn);
        // Leaving the field hands over what was typed, before the form moves on to another record.
        focusWithinProperty().addListener((obs, was, now) -> {
            if (!now) {
                takeTyping();
            }
        });
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
     * thread (a save, an Undo or the recovery journal must see every key). Nothing when all is taken,
     * nor while the stand-in shows: it takes no typing.
     */
    public void takeTyping() {
        if (editor != null) {
            editor.takeTyping();
        }
    }

    /** {@link #takeTyping()} for every field holding typing not taken yet; on the JavaFX thread. */
    public static void takeAllTyping() {
        for (ParagraphTextArea field : List.copyOf(WITH_PENDING_TYPING)) {
            field.takeTyping();
        }
    }

    /** True while some field holds typing its property has not taken yet (Save and Undo count it as a change). */
    public static ReadOnlyBooleanProperty typingPendingProperty() {
        return TYPING_PENDING.getReadOnlyProperty();
    }

    private void typingPending(boolean pending) {
        if (pending) {
            WITH_PENDING_TYPING.add(this);
        } else {
            WITH_PENDING_TYPING.remove(this);
        }
        TYPING_PENDING.set(!WITH_PENDING_TYPING.isEmpty());
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
        return editor != null ? editor.getCaretPosition() : standIn.getCaretPosition();
    }

    public void positionCaret(int at) {
        reached().positionCaret(at);
    }

    /** Puts the caret after the last character, as {@code TextInputControl.end()} does. */
    public void end() {
        positionCaret(getText() == null ? 0 : getText().length());
    }

    public void replaceSelection(String replacement) {
        reached().replaceSelection(replacement);
    }

    /** The focus goes to the area that takes the keys. */
    @Override
    public void requestFocus() {
        reached().area().requestFocus();
    }

    /** The node that takes the keys now: the plain stand-in until the field is reached, then the rich area. */
    public Node editor() {
        return editor != null ? editor.area() : standIn;
    }

    /** Whether the real area has replaced the stand-in (the person reached the field, or code asked for it). */
    public boolean isReached() {
        return editor != null;
    }

    /** A read-only text area showing the start of the text, which hands itself over when reached. */
    private TextArea standIn(FieldsAtRest rest) {
        TextArea plain = rest == null ? new TextArea() : new TextArea() {
            @Override
            protected Skin<?> createDefaultSkin() {
                return rest.skinFor(this);
            }
        };
        if (rest != null) {
            rest.add(plain);
        }
        plain.setText(shownBeforeReached(text.get()));
        plain.setEditable(false);
        plain.setWrapText(true);
        plain.accessibleTextProperty().bind(accessibleTextProperty());
        text.addListener((obs, old, now) -> {
            if (editor == null) {
                plain.setText(shownBeforeReached(now));
            }
        });
        // Keys and input methods: the real area takes this very event, so nothing typed is lost.
        plain.addEventFilter(KeyEvent.ANY, e -> handOver(e));
        plain.addEventFilter(InputMethodEvent.ANY, e -> handOver(e));
        plain.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> handOver(e));
        plain.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (text.get() != null && text.get().length() > SHOWN_BEFORE_REACHED) {
                handOver(e);
            }
        });
        // A click or a drag: the stand-in places the caret and the selection, the swap follows the release.
        plain.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pressed = true);
        plain.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            pressed = false;
            Platform.runLater(this::reachedIfFocused);
        });
        // Tab, or the focus asked for on the text area itself.
        plain.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                Platform.runLater(() -> {
                    if (!pressed) {
                        reachedIfFocused();
                    }
                });
            }
        });
        return plain;
    }

    private void reachedIfFocused() {
        if (editor == null && standIn.isFocused()) {
            reached();
        }
    }

    /** Swaps in the real area (when the stand-in shows) and gives it {@code event}, which the stand-in does not see. */
    private void handOver(Event event) {
        if (editor != null) {
            return;
        }
        event.consume();
        Node area = reached().area();
        Event.fireEvent(area, event.copyFor(area, area));
    }

    /** The real area, made now if the stand-in still shows; it takes the focus if the stand-in had it. */
    private RichParagraphEditor reached() {
        if (editor == null) {
            boolean focused = standIn.isFocused();
            editor = new RichParagraphEditor(text, accessibleTextProperty(), standIn.getAnchor(), standIn.getCaretPosition(),
                    standIn.getScrollTop() <= 0, this::typingPending);
            shown.set(editor.node());
            if (focused) {
                editor.area().requestFocus();
            }
            standIn.accessibleTextProperty().unbind();
            standIn.setText("");
        }
        return editor;
    }

    private static String shownBeforeReached(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= SHOWN_BEFORE_REACHED) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(SHOWN_BEFORE_REACHED - 1)) ? SHOWN_BEFORE_REACHED - 1 : SHOWN_BEFORE_REACHED;
        return value.substring(0, end);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new AreaSkin(this);
    }

    /** The stand-in or the area's scroll pane, asking room for the preferred rows. */
    private static final class AreaSkin extends SkinBase<ParagraphTextArea> {
        AreaSkin(ParagraphTextArea field) {
            super(field);
            getChildren().setAll(field.shown.get());
            registerChangeListener(field.shown, obs -> getChildren().setAll(field.shown.get()));
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
}
