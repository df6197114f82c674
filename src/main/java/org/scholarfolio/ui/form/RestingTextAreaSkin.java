package org.scholarfolio.ui.form;

import java.util.List;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * A text area's look without its workings: the scroll pane, its {@code content} region and the text in it, sized and
 * placed as {@link TextAreaSkin} sizes and places an unfocused area's text scrolled to its top, and nothing else. The
 * real skin makes a behaviour (a context menu and its key mappings), a caret, a selection, their bindings and
 * listeners: 4-6 % of the JavaFX thread's work before the window's first content, for the profile's two multi-line
 * fields, which only show their first lines. The scroll pane is the real one (its scroll bar is drawn as the real
 * skin's is). The area itself is the real {@link TextArea} from the start, and it takes its real skin, before the event
 * goes on, as soon as anything needs more than the text: the pointer coming over it (so a click, a drag or the wheel
 * finds the real skin's nodes), a press or a scroll that came without it (handed to the real skin's content), the
 * focus, a key, an input method, a context menu, a caret, selection or scroll position moved away from the start, a
 * prompt text, right to left, an accessibility query or action the skin answers; or {@link #wake} from outside (the
 * window wakes its fields one a frame after its first content).
 */
final class RestingTextAreaSkin extends SkinBase<TextArea> implements RestingTextFill.Drawn {
    /**
     * What measures texts as {@code TextAreaSkin} measures them with a text layout of its own: a text node, in the
     * bounds type the theme gives the shown text.
     */
    private static final Text MEASURE = new Text();

    private final StyleableObjectProperty<Paint> textFill = RestingTextFill.property(this);
    private final ScrollPane scrollPane = new ScrollPane();
    private final Text text = new Text();
    private final Content content = new Content();
    private final InvalidationListener wakeOnChange = o -> wakeLaidOut();
    private final InvalidationListener viewportOnChange = o -> updatePrefViewport();
    private final InvalidationListener layoutOnChange = o -> content.requestLayout();
    private final EventHandler<Event> wakeBeforeTheEvent = e -> wakeLaidOut();
    private final EventHandler<Event> wakeAndHandOver = this::wakeAndHandOver;
    private final TextInputWakeUps wakeUps;
    private boolean woken;

    RestingTextAreaSkin(TextArea area) {
        super(area);
        text.setTextOrigin(VPos.TOP);
        text.setManaged(false);
        text.getStyleClass().add("text");
        text.fontProperty().bind(area.fontProperty());
        text.fillProperty().bind(textFill);
        text.textProperty().bind(area.textProperty());
        scrollPane.setFitToWidth(area.isWrapText());
        scrollPane.setContent(content);
        // The pointer finds the area itself, whose filters wake it, never a node of this skin that it replaces.
        scrollPane.setMouseTransparent(true);
        getChildren().add(scrollPane);
        updatePrefViewport();
        // The viewport's preferred size follows the content's padding and the rows and columns, as the real skin's does;
        // a font or bounds type set later (the theme sets both) changes what the content measures, not that.
        content.paddingProperty().addListener(viewportOnChange);
        text.boundsTypeProperty().addListener(layoutOnChange);
        area.fontProperty().addListener(layoutOnChange);
        area.prefColumnCountProperty().addListener(viewportOnChange);
        area.prefRowCountProperty().addListener(viewportOnChange);
        area.textProperty().addListener(layoutOnChange);
        area.wrapTextProperty().addListener(wakeOnChange);
        wakeUps = new TextInputWakeUps(area, this::wakeLaidOut);
        wakeUps.watch();
        area.scrollTopProperty().addListener(wakeOnChange);
        area.scrollLeftProperty().addListener(wakeOnChange);
        area.addEventFilter(MouseEvent.MOUSE_ENTERED_TARGET, wakeBeforeTheEvent);
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, wakeAndHandOver);
        area.addEventFilter(ScrollEvent.SCROLL, wakeAndHandOver);
    }

    /**
     * Whether an area may rest now: nothing it shows needs the real skin (the focus, a caret, selection or scroll away
     * from the start, a prompt, right to left).
     */
    static boolean mayRest(TextArea area) {
        return TextInputWakeUps.mayRest(area) && area.getScrollTop() == 0 && area.getScrollLeft() == 0;
    }

    /** Gives {@code area} its real skin if it rests; nothing otherwise. Styled and laid out when it is in a scene. */
    static void wake(TextArea area) {
        if (area.getSkin() instanceof RestingTextAreaSkin skin) {
            skin.wakeLaidOut();
        }
    }

    /** Whether {@code area} shows the resting skin. */
    static boolean isResting(TextArea area) {
        return area.getSkin() instanceof RestingTextAreaSkin;
    }

    /** The real skin, styled and laid out before the event that asked for it goes on. */
    private void wakeLaidOut() {
        TextArea area = getSkinnable();
        if (woken || area == null) {
            return;
        }
        woken = true;
        area.setSkin(new TextAreaSkin(area));
        if (area.getScene() != null) {
            area.applyCss();
            area.layout();
        }
    }

    /**
     * A press or a scroll that reached the area at rest (the pointer was already over it when it appeared): the real
     * skin takes it on its content, where its behaviour and its scroll pane listen.
     */
    private void wakeAndHandOver(Event event) {
        TextArea area = getSkinnable();
        if (woken || area == null) {
            return;
        }
        wakeLaidOut();
        Node target = area.lookup(".content");
        if (target != null && target != content) {
            event.consume();
            Event.fireEvent(target, event.copyFor(target, target));
        }
    }

    @Override
    public void dispose() {
        TextArea area = getSkinnable();
        if (area == null) {
            return;
        }
        content.paddingProperty().removeListener(viewportOnChange);
        text.boundsTypeProperty().removeListener(layoutOnChange);
        area.fontProperty().removeListener(layoutOnChange);
        area.textProperty().removeListener(layoutOnChange);
        area.prefColumnCountProperty().removeListener(viewportOnChange);
        area.prefRowCountProperty().removeListener(viewportOnChange);
        area.wrapTextProperty().removeListener(wakeOnChange);
        wakeUps.stop();
        area.scrollTopProperty().removeListener(wakeOnChange);
        area.scrollLeftProperty().removeListener(wakeOnChange);
        area.removeEventFilter(MouseEvent.MOUSE_ENTERED_TARGET, wakeBeforeTheEvent);
        area.removeEventFilter(MouseEvent.MOUSE_PRESSED, wakeAndHandOver);
        area.removeEventFilter(ScrollEvent.SCROLL, wakeAndHandOver);
        text.fontProperty().unbind();
        text.fillProperty().unbind();
        text.textProperty().unbind();
        // The area's own list, which the real skin's constructor has filled by now: only this scroll pane goes.
        getChildren().remove(scrollPane);
        super.dispose();
    }

    // Sizes as TextAreaSkin gives them: the scroll pane's viewport asks for the columns' width of "W" and the rows'
    // line heights, with the content's padding.

    private void updatePrefViewport() {
        TextArea area = getSkinnable();
        if (area == null) {
            return;
        }
        double across = content.snappedLeftInset() + content.snappedRightInset();
        double upAndDown = content.snappedTopInset() + content.snappedBottomInset();
        double characterWidth = width(area.getFont(), "W");
        double lineHeight = lineHeight(area.getFont());
        scrollPane.setPrefViewportWidth(area.getPrefColumnCount() * characterWidth + across);
        scrollPane.setMinViewportWidth(characterWidth + across);
        scrollPane.setPrefViewportHeight(area.getPrefRowCount() * lineHeight + upAndDown);
        scrollPane.setMinViewportHeight(lineHeight + upAndDown);
    }

    /** The width of {@code value} on its own lines in {@code font}, as the real skin's text layout measures it. */
    private double width(Font font, String value) {
        MEASURE.setFont(font);
        MEASURE.setText(value);
        MEASURE.setWrappingWidth(0);
        MEASURE.setBoundsType(text.getBoundsType());
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** The height of {@code value} wrapped at {@code wrapping} (0: not), in the text's bounds type (the theme sets it). */
    private double height(Font font, String value, double wrapping) {
        MEASURE.setFont(font);
        MEASURE.setText(value);
        MEASURE.setWrappingWidth(wrapping);
        MEASURE.setBoundsType(text.getBoundsType());
        return MEASURE.getLayoutBounds().getHeight();
    }

    private double lineHeight(Font font) {
        return height(font, "", 0);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        scrollPane.resizeRelocate(x, y, w, h);
    }

    @Override
    public double computeBaselineOffset(double top, double right, double bottom, double left) {
        // The font's ascent as the real skin asks its text layout: the top of an empty line above its baseline.
        lineHeight(getSkinnable().getFont());
        return -MEASURE.getLayoutBounds().getMinY() + content.snappedTopInset() + getSkinnable().snappedTopInset();
    }

    /**
     * What the real skin answers for the area (a line's start and end, a range's bounds, the offset at a point): asked
     * of it, made now. Anything else the area and its node answer, as with the real skin.
     */
    @Override
    protected Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        TextArea area = getSkinnable();
        if (area == null) {
            return null;
        }
        return switch (attribute) {
            case LINE_FOR_OFFSET, LINE_START, LINE_END, BOUNDS_FOR_RANGE, OFFSET_AT_POINT -> {
                wakeLaidOut();
                yield area.queryAccessibleAttribute(attribute, parameters);
            }
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }

    /** An accessibility action (the real skin's text actions): done by the real skin, made now. */
    @Override
    protected void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        TextArea area = getSkinnable();
        if (area == null) {
            return;
        }
        wakeLaidOut();
        area.executeAccessibleAction(action, parameters);
    }

    @Override
    public StyleableObjectProperty<Paint> textFill() {
        return textFill;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return RestingTextFill.CSS_META_DATA;
    }

    /** The scroll pane's content as the real skin's: padded, the text at its padding, wrapped at its inner width. */
    private final class Content extends Region {
        Content() {
            getStyleClass().add("content");
            getChildren().add(text);
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        private String shown() {
            String value = text.getText();
            return value == null ? "" : value;
        }

        /**
         * Measures the text again if what its sizes depend on changed since. A layout asks the content's sizes many
         * times over; the real skin keeps its figures until the text, font or viewport change.
         */
        private void measure() {
            Font font = text.getFont();
            String value = shown();
            TextBoundsType bounds = text.getBoundsType();
            if (font.equals(measuredFont) && value.equals(measuredText) && bounds == measuredBounds) {
                return;
            }
            measuredFont = font;
            measuredText = value;
            measuredBounds = bounds;
            textWidth = width(font, value);
            characterWidth = width(font, "W");
            lineHeight = lineHeight(font);
            wrappedAt = Double.NaN;
        }

        private Font measuredFont;
        private String measuredText;
        private TextBoundsType measuredBounds;
        private double textWidth;
        private double characterWidth;
        private double lineHeight;
        /** The last width the text was measured wrapped at, and its height there. */
        private double wrappedAt = Double.NaN;
        private double wrappedHeight;

        private double heightWrappedAt(double wrapping) {
            measure();
            if (wrapping != wrappedAt) {
                wrappedHeight = height(measuredFont, measuredText, wrapping);
                wrappedAt = wrapping;
            }
            return wrappedHeight;
        }

        @Override
        protected double computePrefWidth(double height) {
            measure();
            double prefWidth = textWidth + snappedLeftInset() + snappedRightInset();
            Bounds viewport = scrollPane.getViewportBounds();
            return Math.max(prefWidth, viewport != null ? viewport.getWidth() : 0);
        }

        @Override
        protected double computePrefHeight(double width) {
            double wrapping = width == -1 ? 0 : Math.max(width - (snappedLeftInset() + snappedRightInset()), 0);
            double prefHeight = heightWrappedAt(wrapping) + snappedTopInset() + snappedBottomInset();
            Bounds viewport = scrollPane.getViewportBounds();
            return Math.max(prefHeight, viewport != null ? viewport.getHeight() : 0);
        }

        @Override
        protected double computeMinWidth(double height) {
            measure();
            return Math.min(characterWidth + snappedLeftInset() + snappedRightInset(), computePrefWidth(height));
        }

        @Override
        protected double computeMinHeight(double width) {
            measure();
            return Math.min(lineHeight + snappedTopInset() + snappedBottomInset(), computePrefHeight(width));
        }

        @Override
        protected void layoutChildren() {
            TextArea area = getSkinnable();
            if (area == null) {
                return;
            }
            double width = getWidth();
            double left = snappedLeftInset();
            text.setWrappingWidth(area.isWrapText() ? Math.max(width - (left + snappedRightInset()), 0) : 0);
            text.setLayoutX(left);
            text.setLayoutY(snappedTopInset());
            // The real skin places the text by its bounds once more (its work-around for JDK-8115242): the same here.
            text.setLayoutX(2 * text.getLayoutX() - text.getBoundsInParent().getMinX());
            // Fit to the viewport only where the content is smaller (JDK-8097060), as the real skin does.
            Bounds viewport = scrollPane.getViewportBounds();
            boolean fitToWidth = area.isWrapText() || computePrefWidth(-1) <= viewport.getWidth();
            boolean fitToHeight = computePrefHeight(width) <= viewport.getHeight();
            if (scrollPane.isFitToWidth() != fitToWidth || scrollPane.isFitToHeight() != fitToHeight) {
                scrollPane.setFitToWidth(fitToWidth);
                scrollPane.setFitToHeight(fitToHeight);
                getParent().requestLayout();
                // Laid out again after this pass, as the real skin does: a request now is lost in the pass under way.
                Platform.runLater(scrollPane::layout);
            }
        }
    }
}
