package org.scholarfolio.ui.form;

import java.util.List;

import javafx.beans.value.ChangeListener;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.HPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A text field's look without its workings: its text, drawn where {@link TextFieldSkin} draws an unfocused field's
 * text with the caret at its start, in the same font, fill and style class, and nothing else. The real skin makes a
 * behaviour (nine context-menu items and some forty key mappings), a caret, a selection and their bindings, five
 * nodes to style: 6-8 % of the JavaFX thread's work before the window's first content, for eight fields that only
 * show their text. The field itself is the real {@link TextField} from the start (its focus order, label, tooltip,
 * problem marks, accessible role and text, undo), and it takes its real skin, before the event goes on, as soon as
 * anything needs more than the text: the focus, a press of a mouse button (laid out at once, so the caret goes where
 * the pointer is), a key, an input method, a context menu, a caret or selection moved away from the start, a prompt
 * text, an accessibility query the skin answers; or {@link #wake} from outside (the window wakes its fields one a
 * frame after its first content).
 */
final class RestingTextFieldSkin extends SkinBase<TextField> implements RestingTextFill.Drawn {
    /** Half the real skin's caret width: where it puts an unscrolled text's start, left of which the caret stands. */
    static final double TEXT_START = 1;

    private final StyleableObjectProperty<Paint> textFill = RestingTextFill.property(this);
    private final Text text = new Text();
    private final Rectangle clip = new Rectangle();
    private final ChangeListener<Object> wakeOnChange = (obs, old, now) -> wakeLaidOut();
    private final EventHandler<Event> wakeBeforeTheEvent = e -> wakeLaidOut();
    private final TextInputWakeUps wakeUps;
    private boolean woken;

    RestingTextFieldSkin(TextField field) {
        super(field);
        text.getStyleClass().add("text");
        text.setManaged(false);
        text.fontProperty().bind(field.fontProperty());
        text.fillProperty().bind(textFill);
        text.textProperty().bind(field.textProperty());
        clip.setSmooth(false);
        text.setClip(clip);
        getChildren().add(text);
        wakeUps = new TextInputWakeUps(field, this::wakeLaidOut);
        wakeUps.watch();
        field.alignmentProperty().addListener(wakeOnChange);
        field.addEventFilter(MouseEvent.MOUSE_PRESSED, wakeBeforeTheEvent);
    }

    /**
     * Whether a field may rest now: nothing it shows needs the real skin (the focus, a caret or selection away from
     * the start, a prompt, a text aligned other than left, right to left).
     */
    static boolean mayRest(TextField field) {
        return TextInputWakeUps.mayRest(field) && field.getAlignment().getHpos() == HPos.LEFT;
    }

    /** Gives {@code field} its real skin if it rests; nothing otherwise. Styled and laid out when it is in a scene. */
    static void wake(TextField field) {
        if (field.getSkin() instanceof RestingTextFieldSkin skin) {
            skin.wakeLaidOut();
        }
    }

    /** Whether {@code field} shows the resting skin. */
    static boolean isResting(TextField field) {
        return field.getSkin() instanceof RestingTextFieldSkin;
    }

    private void wake() {
        if (woken || getSkinnable() == null) {
            return;
        }
        woken = true;
        TextField field = getSkinnable();
        field.setSkin(new TextFieldSkin(field));
    }

    /** The real skin, styled and laid out before the event that asked for it goes on (a click finds its character). */
    private void wakeLaidOut() {
        TextField field = getSkinnable();
        wake();
        if (field != null && field.getScene() != null) {
            field.applyCss();
            field.layout();
        }
    }

    @Override
    public void dispose() {
        TextField field = getSkinnable();
        if (field == null) {
            return;
        }
        wakeUps.stop();
        field.alignmentProperty().removeListener(wakeOnChange);
        field.removeEventFilter(MouseEvent.MOUSE_PRESSED, wakeBeforeTheEvent);
        text.fontProperty().unbind();
        text.textProperty().unbind();
        // The field's own list, which the real skin's constructor has filled by now: only this text goes.
        getChildren().remove(text);
        super.dispose();
    }

    // Sizes as TextFieldSkin gives them: the column count's width of "W", the text's line height.

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        Text w = new Text("W");
        w.setFont(getSkinnable().getFont());
        return getSkinnable().getPrefColumnCount() * w.getLayoutBounds().getWidth() + left + right;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + text.getLayoutBounds().getHeight() + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computeMaxHeight(double width, double top, double right, double bottom, double left) {
        return getSkinnable().prefHeight(width);
    }

    @Override
    public double computeBaselineOffset(double top, double right, double bottom, double left) {
        return top + text.getBaselineOffset();
    }

    /** The text where the real skin puts it: at its start (left-aligned, caret at 0), up and down as aligned. */
    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double ascent = text.getBaselineOffset();
        double descent = text.getLayoutBounds().getHeight() - ascent;
        double textY = switch (getSkinnable().getAlignment().getVpos()) {
            case TOP -> ascent;
            case CENTER -> (ascent + h - descent) / 2;
            default -> h - descent;
        };
        double textX = TEXT_START;
        text.setY(textY);
        text.setLayoutX(x + textX);
        text.setLayoutY(y);
        clip.setX(-textX);
        clip.setY(0);
        clip.setWidth(w);
        clip.setHeight(h);
    }

    /**
     * What the real skin answers for the field (a character range's bounds, the offset at a point): asked of it, made
     * now. Anything else the field and its node answer, as with the real skin.
     */
    @Override
    protected Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        TextField field = getSkinnable();
        if (field == null || attribute != AccessibleAttribute.BOUNDS_FOR_RANGE && attribute != AccessibleAttribute.OFFSET_AT_POINT) {
            return null;
        }
        wakeLaidOut();
        return field.queryAccessibleAttribute(attribute, parameters);
    }

    @Override
    public StyleableObjectProperty<Paint> textFill() {
        return textFill;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return RestingTextFill.CSS_META_DATA;
    }
}
