package org.scholarfolio.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * Help > About Scholarfolio: the version, the Java it runs on, and the third-party notices the
 * build generated from the dependencies' own licence declarations (THIRD-PARTY-NOTICES.txt in the
 * jar), shown open so that nobody has to look for them.
 */
final class AboutDialog {
    static final String NOTICES = "/org/scholarfolio/THIRD-PARTY-NOTICES.txt";

    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.setTitle("About Scholarfolio");
        alert.setHeaderText("Scholarfolio " + version());
        alert.setContentText("Keeps a researcher's homepage and publishes it as a static site.\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n\n"
                + "Third-party software and assets it ships, with their licences:");
        alert.getDialogPane().setId("about-dialog");
        TextArea text = new TextArea(notices());
        text.setId("about-notices");
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefRowCount(16);
        text.setPrefColumnCount(90);
        alert.getDialogPane().setExpandableContent(text);
        alert.getDialogPane().setExpanded(true);
        alert.setResizable(true);
        alert.initOwner(owner);
        alert.showAndWait();
    }

    static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    /** The notices the build generated, or why they are missing (a build that skipped that step). */
    static String notices() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(NOTICES)) {
            if (in == null) {
                return "This build carries no third-party notices (" + NOTICES + " is missing).";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "The third-party notices could not be read: " + e.getMessage();
        }
    }
}
