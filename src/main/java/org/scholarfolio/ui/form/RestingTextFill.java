package org.scholarfolio.ui.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The {@code -fx-text-fill} of a text control at rest, which {@code TextInputControlSkin} keeps as a property of the
 * skin (not of the control): the theme's colour reaches the resting text as it reaches the real skin's.
 */
final class RestingTextFill {
    /** A resting skin that draws its control's text in this fill. */
    interface Drawn {
        StyleableObjectProperty<Paint> textFill();
    }

    static final CssMetaData<TextInputControl, Paint> TEXT_FILL = new CssMetaData<>("-fx-text-fill",
            StyleConverter.getPaintConverter(), Color.BLACK) {
        @Override
        public boolean isSettable(TextInputControl control) {
            return control.getSkin() instanceof Drawn skin && !skin.textFill().isBound();
        }

        /**
         * The resting skin's fill; after the control woke, a property of no one's: the style helper made while it
         * rested may still reset what it set (a theme changed) before it is made again for the real skin.
         */
        @Override
        public StyleableProperty<Paint> getStyleableProperty(TextInputControl control) {
            return control.getSkin() instanceof Drawn skin ? skin.textFill()
                    : new SimpleStyleableObjectProperty<>(this, Color.BLACK);
        }
    };

    /** A skin's CSS properties: a skin's own and the text fill. */
    static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(SkinBase.getClassCssMetaData());
        all.add(TEXT_FILL);
        CSS_META_DATA = Collections.unmodifiableList(all);
    }

    private RestingTextFill() {
    }

    /** The fill property of a resting skin, black until styled. */
    static StyleableObjectProperty<Paint> property(Object skin) {
        return new SimpleStyleableObjectProperty<>(TEXT_FILL, skin, "textFill", Color.BLACK);
    }
}
