package org.scholarfolio.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** File > Open Recent: one item per remembered portfolio, rebuilt when the list changes. */
final class RecentMenu {
    private RecentMenu() {
    }

    static Menu create(RecentPortfolios recent, Consumer<Path> open) {
        Menu menu = new Menu("Open _Recent");
        menu.setId("menu-recent");
        Runnable rebuild = () -> {
            menu.getItems().clear();
            for (Path path : recent.paths()) {
                MenuItem item = new MenuItem(path.toString());
                // A path is shown as it is; an underscore in it is not a keyboard mnemonic.
                item.setMnemonicParsing(false);
                item.setOnAction(e -> open.accept(path));
                menu.getItems().add(item);
            }
            menu.setDisable(menu.getItems().isEmpty());
        };
        recent.paths().addListener((ListChangeListener<Path>) c -> rebuild.run());
        rebuild.run();
        return menu;
    }
}
