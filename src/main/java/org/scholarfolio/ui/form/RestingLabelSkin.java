package org.scholarfolio.ui.form;

import java.util.Objects;

import javafx.beans.InvalidationListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * A form label's look without the workings of {@link LabelSkin}: its text in one {@link Text} styled {@code text},
 * sized and placed as {@code LabeledSkinBase} sizes and places a label's text that shows whole, and nothing else. The
 * real skin registers some twenty listeners, makes a text node that mirrors five of the label's CSS properties, and
 * measures the text six or seven times (its widths, its heights, the clipped and wrapped text it shows): 12-16 % of
 * the JavaFX thread's work before the window's first content went to the window's labels' skins, a dozen of them the
 * form's, which only show a few words. The label stays the real {@link Label} (its labelFor, tooltip, accessible
 * text, id and style classes); it takes {@link LabelSkin} as soon as it shows anything this skin does not draw the
 * same: text that would wrap onto a second line or be cut short (a narrow window), a graphic, a mnemonic, a text shown
 * as graphic only; or when {@link #wake} is called (the window wakes its form's labels with the fields after its first
 * content).
 */
final class RestingLabelSkin extends SkinBase<Label> {
    /** What measures texts as {@code LabeledSkinBase} measures them with a text layout of its own: a text node. */
    private static final Text MEASURE = new Text();

    private final Text text = new Text();
    private final InvalidationListener wakeOnChange = o -> wake(false);
    private final InvalidationListener layoutOnChange = o -> getSkinnable().requestLayout();
    private boolean woken;

    RestingLabelSkin(Label label) {
        super(label);
        text.getStyleClass().add("text");
        text.fontProperty().bind(label.fontProperty());
        text.fillProperty().bind(label.textFillProperty());
        text.textAlignmentProperty().bind(label.textAlignmentProperty());
        text.underlineProperty().bind(label.underlineProperty());
        text.lineSpacingProperty().bind(label.lineSpacingProperty());
        text.textProperty().bind(label.textProperty());
        getChildren().add(text);
        label.graphicProperty().addListener(wakeOnChange);
        label.contentDisplayProperty().addListener(wakeOnChange);
        label.mnemonicParsingProperty().addListener(wakeOnChange);
        // What changes the text's sizes or place: laid out again (the label asks for layout itself on its own changes
        // of font, padding and text through the text node's bounds).
        label.wrapTextProperty().addListener(layoutOnChange);
        label.alignmentProperty().addListener(layoutOnChange);
        label.labelPaddingProperty().addListener(layoutOnChange);
        label.textOverrunProperty().addListener(layoutOnChange);
        label.ellipsisStringProperty().addListener(layoutOnChange);
        label.textProperty().addListener(layoutOnChange);
    }

    /**
     * Whether a label may rest now: it shows its text and nothing else, with no mnemonic (a mnemonic's underline and its
     * key are the real skin's).
     */
    static boolean mayRest(Label label) {
        return label.getGraphic() == null && !label.isMnemonicParsing() && label.getText() != null
                && label.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY;
    }

    /** Gives {@code label} its real skin if it rests; nothing otherwise. */
    static void wake(Label label) {
        if (label.getSkin() instanceof RestingLabelSkin skin) {
            skin.wake(false);
        }
    }

    /** Whether {@code label} shows the resting skin. */
    static boolean isResting(Label label) {
        return label.getSkin() instanceof RestingLabelSkin;
    }

    /**
     * The real skin; styled now when {@code styleNow} (in the middle of a layout, which lays it out next), otherwise by
     * the next pulse's style pass, before it is laid out and drawn. Styling a label from outside a pulse (a frame's
     * start, a theme just changed) resolved the theme's colours against ancestors not yet styled again.
     */
    private void wake(boolean styleNow) {
        Label label = getSkinnable();
        if (woken || label == null) {
            return;
        }
        woken = true;
        label.setSkin(new LabelSkin(label));
        if (styleNow && label.getScene() != null) {
            label.applyCss();
        }
    }

    @Override
    public void dispose() {
        Label label = getSkinnable();
        if (label == null) {
            return;
        }
        label.graphicProperty().removeListener(wakeOnChange);
        label.contentDisplayProperty().removeListener(wakeOnChange);
        label.mnemonicParsingProperty().removeListener(wakeOnChange);
        label.wrapTextProperty().removeListener(layoutOnChange);
        label.alignmentProperty().removeListener(layoutOnChange);
        label.labelPaddingProperty().removeListener(layoutOnChange);
        label.textOverrunProperty().removeListener(layoutOnChange);
        label.ellipsisStringProperty().removeListener(layoutOnChange);
        label.textProperty().removeListener(layoutOnChange);
        text.fontProperty().unbind();
        text.fillProperty().unbind();
        text.textAlignmentProperty().unbind();
        text.underlineProperty().unbind();
        text.lineSpacingProperty().unbind();
        text.textProperty().unbind();
        // The label's own list, which the real skin's constructor has filled by now: only this text goes.
        getChildren().remove(text);
        super.dispose();
    }

    // Sizes as LabeledSkinBase gives them for a label that shows text only (JavaFX 21's: the text's own, unsnapped).

    private String shown() {
        String value = getSkinnable().getText();
        return value == null ? "" : value;
    }

    /**
     * Measures the text again if what its sizes depend on changed since. A layout asks a label's sizes many times
     * over; the real skin asks its text layout, which keeps its last text; the one text node measuring every resting
     * label would lay each text out again on every question.
     */
    private void measure() {
        Label label = getSkinnable();
        Font font = text.getFont();
        String value = shown();
        String ellipsis = label.getEllipsisString();
        double spacing = label.getLineSpacing();
        TextBoundsType bounds = text.getBoundsType();
        if (font.equals(measuredFont) && value.equals(measuredText) && Objects.equals(ellipsis, measuredEllipsis)
                && spacing == measuredSpacing && bounds == measuredBounds) {
            return;
        }
        measuredFont = font;
        measuredText = value;
        measuredEllipsis = ellipsis;
        measuredSpacing = spacing;
        measuredBounds = bounds;
        oneLineWidth = width(value);
        ellipsisWidth = width(ellipsis == null ? "" : ellipsis);
        firstCharWidth = value.isEmpty() ? 0 : width(value.substring(0, 1));
        int newline = value.indexOf('\n');
        firstLineHeight = height(newline >= 0 ? value.substring(0, newline) : value, 0);
        unwrappedHeight = height(value.endsWith("\n") ? value.substring(0, value.length() - 1) : value, 0);
        wrappedAt = Double.NaN;
    }

    private Font measuredFont;
    private String measuredText;
    private String measuredEllipsis;
    private double measuredSpacing;
    private TextBoundsType measuredBounds;
    private double oneLineWidth;
    private double ellipsisWidth;
    private double firstCharWidth;
    private double firstLineHeight;
    private double unwrappedHeight;
    /** The last width the text was measured wrapped at, and its height there. */
    private double wrappedAt = Double.NaN;
    private double wrappedHeight;

    /** The width of {@code value} on one line in the label's font, as the real skin's text layout measures it. */
    private double width(String value) {
        MEASURE.setFont(measuredFont);
        MEASURE.setText(value);
        MEASURE.setWrappingWidth(0);
        MEASURE.setLineSpacing(0);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** The height of {@code value} laid out at {@code wrapping} (0: on its own lines), as the real skin measures it. */
    private double height(String value, double wrapping) {
        MEASURE.setFont(measuredFont);
        MEASURE.setText(value);
        MEASURE.setWrappingWidth(wrapping > 0 ? wrapping : 0);
        MEASURE.setLineSpacing(measuredSpacing);
        MEASURE.setBoundsType(measuredBounds);
        return MEASURE.getLayoutBounds().getHeight();
    }

    /** The text's height laid out at {@code wrapping}: a width it fits on its lines in lays it out as none does. */
    private double heightWrappedAt(double wrapping) {
        if (wrapping <= 0 || wrapping >= oneLineWidth) {
            return unwrappedHeight;
        }
        if (wrapping != wrappedAt) {
            String value = measuredText;
            wrappedHeight = height(value.endsWith("\n") ? value.substring(0, value.length() - 1) : value, wrapping);
            wrappedAt = wrapping;
        }
        return wrappedHeight;
    }

    private Insets labelPadding() {
        return getSkinnable().getLabelPadding();
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        measure();
        double textWidth = 0;
        if (!measuredText.isEmpty()) {
            textWidth = getSkinnable().getTextOverrun() == OverrunStyle.CLIP ? firstCharWidth
                    : Math.min(oneLineWidth, ellipsisWidth);
        }
        return textWidth + left + right + padding(true);
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        measure();
        double padding = measuredText.isEmpty() ? 0
                : snapSizeY(labelPadding().getTop()) - snapSizeY(labelPadding().getBottom());
        return firstLineHeight + top + bottom + padding;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        measure();
        return (measuredText.isEmpty() ? 0 : oneLineWidth) + left + right + padding(true);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        measure();
        double textWidth = width - left - right - padding(true);
        double textHeight = getSkinnable().isWrapText() ? heightWrappedAt(textWidth) : unwrappedHeight;
        return textHeight + top + bottom + padding(false);
    }

    /** The label padding across ({@code across}) or up and down, as the real skin counts it: none without text. */
    private double padding(boolean across) {
        if (shown().isEmpty()) {
            return 0;
        }
        Insets padding = labelPadding();
        return across ? snapSizeX(padding.getLeft()) + snapSizeX(padding.getRight())
                : snapSizeY(padding.getTop()) + snapSizeY(padding.getBottom());
    }

    @Override
    protected double computeMaxWidth(double height, double top, double right, double bottom, double left) {
        return getSkinnable().prefWidth(height);
    }

    @Override
    protected double computeMaxHeight(double width, double top, double right, double bottom, double left) {
        return getSkinnable().prefHeight(width);
    }

    @Override
    public double computeBaselineOffset(double top, double right, double bottom, double left) {
        return top + text.getBaselineOffset() + (shown().isEmpty() ? 0 : snapSizeY(labelPadding().getTop()));
    }

    /**
     * The text where the real skin puts a text that shows whole: at the area's side and height the alignment names,
     * wrapped at its own width. A text that would not show whole (a second line, an ellipsis, a clip) wakes the label,
     * which lays out its real skin at once ({@link FormLabel}).
     */
    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        Label label = getSkinnable();
        Insets padding = labelPadding();
        boolean hasText = !shown().isEmpty();
        if (hasText) {
            x += snapSizeX(padding.getLeft());
            y += snapSizeY(padding.getTop());
            w -= snapSizeX(padding.getLeft()) + snapSizeX(padding.getRight());
            h -= snapSizeY(padding.getTop()) + snapSizeY(padding.getBottom());
        }
        // The area the real skin wraps and clips the text to (LabeledSkinBase.updateDisplayedText).
        double across = hasText ? padding(true) : 0;
        double upAndDown = hasText ? padding(false) : 0;
        double availableWidth = Math.max(label.getWidth() - snappedLeftInset() - snappedRightInset() - across, 0);
        double minWidth = Math.min(computeMinWidth(-1, snappedTopInset(), snappedRightInset(), snappedBottomInset(),
                snappedLeftInset()), availableWidth);
        double wrapWidth = Math.max(minWidth, w);
        double availableHeight = Math.max(label.getHeight() - snappedTopInset() - snappedBottomInset() - upAndDown, 0);
        double minHeight = Math.min(computeMinHeight(wrapWidth, snappedTopInset(), snappedRightInset(),
                snappedBottomInset(), snappedLeftInset()), availableHeight);
        double wrapHeight = Math.max(minHeight, h);

        // The real skin wraps the text at its own width (the width it has unwrapped, its text's preferred width) when
        // that fits; the same width here, set only when it changes (each change lays the text out again).
        measure();
        if (measuredText.indexOf('\n') >= 0 || oneLineWidth > wrapWidth) {
            wake(true);
            return;
        }
        double wrapping = label.isWrapText() ? oneLineWidth : 0;
        if (text.getWrappingWidth() != wrapping) {
            text.setWrappingWidth(wrapping);
        }
        if (text.getLayoutBounds().getWidth() > wrapWidth || text.getLayoutBounds().getHeight() > wrapHeight) {
            wake(true);
            return;
        }
        double textWidth = snapSizeX(Math.min(text.getLayoutBounds().getWidth(), wrapWidth));
        double textHeight = snapSizeY(Math.min(text.getLayoutBounds().getHeight(), wrapHeight));
        Pos alignment = label.getAlignment();
        HPos hpos = alignment == null ? HPos.LEFT : alignment.getHpos();
        VPos vpos = alignment == null ? VPos.CENTER : alignment.getVpos();
        double contentX = switch (hpos) {
            case LEFT -> x;
            case RIGHT -> x + (w - textWidth);
            default -> x + (w - textWidth) / 2.0;
        };
        double contentY = switch (vpos) {
            case TOP -> y;
            case BOTTOM -> y + (h - textHeight);
            default -> y + (h - textHeight) / 2.0;
        };
        text.relocate(snapPositionX(contentX), snapPositionY(contentY));
    }

    /** The label's text as its accessible text, as the real skin answers (its own accessible text first). */
    @Override
    protected Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        Label label = getSkinnable();
        if (label == null) {
            return null;
        }
        return switch (attribute) {
            case TEXT -> {
                String own = label.getAccessibleText();
                yield own != null && !own.isEmpty() ? own : shown().isEmpty() ? null : shown();
            }
            case MNEMONIC -> null;
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }

    /**
     * A form's label: a {@link Label} (and styled as one) whose first skin is at rest while {@code rest} lets it; when it
     * wakes in the middle of its layout, its real skin is laid out in the same pass.
     */
    static final class FormLabel extends Label {
        private final FieldsAtRest rest;

        FormLabel(String text, FieldsAtRest rest) {
            super(text);
            this.rest = rest;
        }

        @Override
        protected Skin<?> createDefaultSkin() {
            return rest != null ? rest.skinFor(this) : super.createDefaultSkin();
        }

        @Override
        protected void layoutChildren() {
            Skin<?> before = getSkin();
            super.layoutChildren();
            if (getSkin() != before) {
                super.layoutChildren();
            }
        }

        /** Styled as any label: the theme's and the window's rules name labels by class, the style cache by type. */
        @Override
        public String getTypeSelector() {
            return "Label";
        }
    }
}
