package org.scholarfolio.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * The menu bar's names drawn as plain labels in the window's first frames, in the nodes and style classes the
 * theme gives the bar ({@code .menu-bar > .container > .menu-button > .label}), so that they look as the bar does.
 * The bar itself is four menu buttons, each with a skin that makes a popup, takes the menu's items and puts their
 * accelerators in the scene: about a twentieth of the JavaFX thread's work before the first content. It takes the
 * stand-in's place after the first content, or as soon as a key is pressed or the pointer comes over the bar: the
 * keys pressed meanwhile are held until a pulse has made the bar's skins, and then given to the window in their
 * order (so Alt, F10 and every accelerator work from the first frame), and a name pressed opens its menu.
 */
final class MenuBarStandIn {
    private final MenuBar bar;
    private final HBox standIn;
    private Scene scene;
    /** Keys pressed since the stand-in was asked to go, given to the window once the bar has been through a pulse. */
    private final List<KeyEvent> held = new ArrayList<>();
    private final EventHandler<KeyEvent> hold = this::hold;
    private boolean replacing;
    /** What a name pressed on the stand-in asks for once the bar is in: its menu shown. */
    private Runnable afterReplacing = () -> { };

    private MenuBarStandIn(MenuBar bar) {
        this.bar = bar;
        HBox container = new HBox();
        container.getStyleClass().add("container");
        for (Menu menu : bar.getMenus()) {
            if (!menu.isVisible()) {
                continue;
            }
            Label name = new Label(shownText(menu.getText()));
            // The menu button's arrow, which the theme hides in a bar but keeps the width of.
            StackPane arrow = new StackPane();
            arrow.getStyleClass().add("arrow");
            StackPane arrowButton = new StackPane(arrow);
            arrowButton.getStyleClass().add("arrow-button");
            HBox button = new HBox(name, arrowButton);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().addAll("menu-button", "menu");
            button.setOnMousePressed(e -> {
                afterReplacing = menu::show;
                replace();
            });
            container.getChildren().add(button);
        }
        standIn = new HBox(container);
        standIn.getStyleClass().add("menu-bar");
        standIn.setId("menu-bar-stand-in");
        standIn.setOnMouseEntered(e -> replace());
    }

    /**
     * Puts a stand-in in {@code bar}'s place in its parent (a pane of {@code scene}'s, not yet shown) until
     * {@link #replace()}; returns it. The bar must be in its parent.
     */
    static MenuBarStandIn install(Scene scene, MenuBar bar) {
        MenuBarStandIn standIn = new MenuBarStandIn(bar);
        Pane parent = (Pane) bar.getParent();
        parent.getChildren().set(parent.getChildren().indexOf(bar), standIn.standIn);
        standIn.scene = scene;
        // Before any node below sees the key, the accelerators' and mnemonics' handlers included.
        scene.addEventFilter(KeyEvent.ANY, standIn.hold);
        return standIn;
    }

    /** Is the stand-in still shown, or the bar not yet through a pulse? */
    boolean standing() {
        return scene != null;
    }

    private void hold(KeyEvent e) {
        if (!e.isConsumed()) {
            // Held by another filter (the keys typed while the first open runs) it is given back later anyway.
            held.add(e);
            e.consume();
        }
        replace();
    }

    /**
     * Puts the menu bar in the stand-in's place; once a pulse has styled and laid it out (its buttons' skins
     * then hold the menus' mnemonics and the items' accelerators), the keys pressed meanwhile go to the window in
     * their order. Does nothing the second time.
     */
    void replace() {
        if (scene == null || replacing) {
            return;
        }
        replacing = true;
        Pane parent = (Pane) standIn.getParent();
        if (parent != null) {
            parent.getChildren().set(parent.getChildren().indexOf(standIn), bar);
        }
        Scene in = scene;
        Runnable[] laidOut = new Runnable[1];
        laidOut[0] = () -> {
            in.removePostLayoutPulseListener(laidOut[0]);
            Platform.runLater(this::release);
        };
        in.addPostLayoutPulseListener(laidOut[0]);
        Platform.requestNextPulse();
    }

    private void release() {
        Scene in = scene;
        scene = null;
        in.removeEventFilter(KeyEvent.ANY, hold);
        List<KeyEvent> keys = List.copyOf(held);
        held.clear();
        StartupTypeAhead.deliver(in, keys);
        afterReplacing.run();
    }

    /** The names as the bar shows them: {@code _File} as {@code File} (a doubled underscore is one underscore). */
    static String shownText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder(text.length());
        boolean mnemonicSeen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && i + 1 < text.length()) {
                if (text.charAt(i + 1) == '_') {
                    shown.append('_');
                    i++;
                    continue;
                }
                if (!mnemonicSeen) {
                    mnemonicSeen = true;
                    continue;
                }
            }
            shown.append(c);
        }
        return shown.toString();
    }

    /** The stand-in's menu names, in order (for tests). */
    List<String> names() {
        return ((HBox) standIn.getChildren().get(0)).getChildren().stream()
                .map(button -> ((Label) ((HBox) button).getChildren().get(0)).getText()).toList();
    }
}
