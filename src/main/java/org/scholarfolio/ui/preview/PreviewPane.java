package org.scholarfolio.ui.preview;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebView;
import javafx.util.Duration;

/**
 * The live preview. Renders a short pause after the last change, so that typing a sentence costs
 * one render rather than one per letter.
 */
public final class PreviewPane {
    static final Duration QUIET_TIME = Duration.millis(250);

    private final StackPane root = new StackPane();
    private final PauseTransition pause = new PauseTransition(QUIET_TIME);
    private WebView webView;

    public PreviewPane(PreviewViewModel vm, ObservableValue<?> portfolio) {
        root.setId("preview");
        root.setMinWidth(0);
        pause.setOnFinished(e -> vm.update());
        portfolio.addListener((obs, old, now) -> pause.playFromStart());
        vm.targetProperty().addListener((obs, old, now) -> pause.playFromStart());
        vm.htmlProperty().addListener((obs, old, html) -> webView().getEngine().loadContent(html));
        pause.playFromStart();
    }

    /** Created on first use: WebKit costs start-up time, so the window shows before it loads. */
    private WebView webView() {
        if (webView == null) {
            webView = new WebView();
            webView.setId("preview-web");
            webView.setContextMenuEnabled(false);
            root.getChildren().add(webView);
        }
        return webView;
    }

    public Parent root() {
        return root;
    }
}
