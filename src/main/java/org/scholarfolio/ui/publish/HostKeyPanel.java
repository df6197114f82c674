package org.scholarfolio.ui.publish;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.scholarfolio.publish.UnknownHostKey;

/**
 * In the Publish dialog, the SSH host key a publish stopped at because {@code known_hosts} does not
 * list it: as ssh shows it the first time (the host, the key's type, its SHA-256 fingerprint, in a
 * field the person can select and copy), with what to compare it with, and a deliberate "Trust this
 * key and publish" that accepts that fingerprint only. Hidden while there is no such key; without the
 * button when {@code ~/.ssh/config} says {@code StrictHostKeyChecking yes} for the host.
 */
final class HostKeyPanel extends VBox {
    private final Label title = new Label();
    private final Label shows = wrapped();
    private final TextField fingerprint = new TextField();
    private final Label compare = wrapped();
    private final Button trust = new Button("Trust this key and publish", new FontIcon(MaterialDesignS.SHIELD_CHECK));

    HostKeyPanel(PublishViewModel vm) {
        super(6);
        setId("publish-host-key");
        setStyle("-fx-padding: 10; -fx-background-color: -color-warning-subtle; -fx-border-color: -color-warning-emphasis;"
                + " -fx-border-radius: 6; -fx-background-radius: 6;");
        title.setStyle("-fx-font-weight: bold");
        title.setId("publish-host-title");
        fingerprint.setId("publish-host-fingerprint");
        fingerprint.setEditable(false);
        fingerprint.setFocusTraversable(true);
        fingerprint.setAccessibleText("Fingerprint of the server's host key");
        fingerprint.setStyle("-fx-font-family: monospace");
        trust.setId("publish-trust-host");
        // Never the default button: Enter must not trust a key.
        trust.setDefaultButton(false);
        trust.disableProperty().bind(vm.runningProperty());
        trust.setOnAction(e -> vm.trustHostKeyAndPublish());
        getChildren().addAll(title, shows, fingerprint, compare, trust);
        visibleProperty().bind(vm.unknownHostKeyProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        vm.unknownHostKeyProperty().addListener((o, was, key) -> show(key));
        show(vm.unknownHostKeyProperty().get());
    }

    private void show(UnknownHostKey key) {
        if (key == null) {
            return;
        }
        title.setText("First connection to " + key.host() + (key.port() == 22 ? "" : " (port " + key.port() + ")"));
        shows.setText("Publishing has not connected to this server before, so it cannot yet tell that it is the real "
                + key.host() + ". The server identifies itself with this " + key.keyType() + " key:");
        fingerprint.setText(key.fingerprint());
        if (key.mayBeTrusted()) {
            compare.setText("Compare it with the fingerprint " + key.host() + " publishes (GitHub and GitLab list theirs in"
                    + " their documentation). Trust the key only if the two are the same: it is then added to "
                    + key.knownHostsFile() + ", and not asked about again.");
        } else {
            compare.setText("~/.ssh/config says StrictHostKeyChecking yes for " + key.host() + ", so Scholarfolio adds no"
                    + " key to " + key.knownHostsFile() + ". Add it there yourself once you have compared the fingerprint.");
        }
        trust.setVisible(key.mayBeTrusted());
        trust.setManaged(key.mayBeTrusted());
    }

    private static Label wrapped() {
        Label label = new Label();
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
