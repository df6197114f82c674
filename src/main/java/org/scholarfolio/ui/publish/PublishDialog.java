package org.scholarfolio.ui.publish;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.scholarfolio.publish.Finding;
import org.scholarfolio.ui.DialogStage;
import org.scholarfolio.ui.FocusDuringARun;

/**
 * File > Publish (Ctrl+Shift+P): the repository, branch, base URL, custom domain and token; Check
 * (a dry run) and Publish with progress and Cancel; the pre-flight findings, each with its one-click
 * fix where there is one; an SSH host key met for the first time, to compare and trust ({@link HostKeyPanel}).
 */
public final class PublishDialog {
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.P,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final Stage stage = new DialogStage();

    public PublishDialog(PublishViewModel vm, Window owner) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Publish");
        vm.load();

        TextField remote = field(vm.remoteProperty(), "publish-remote", "https://github.com/you/you.github.io.git or git@github.com:you/site.git");
        TextField branch = field(vm.branchProperty(), "publish-branch", "gh-pages");
        TextField baseUrl = field(vm.baseUrlProperty(), "publish-base-url", "empty: the portfolio's own (Site screen)");
        TextField domain = field(vm.customDomainProperty(), "publish-domain", "e.g. www.example.org (optional)");
        PasswordField token = new PasswordField();
        token.setId("publish-token");
        token.setPromptText("access token, for an https address");
        token.setAccessibleText("Access token");
        token.textProperty().bindBidirectional(vm.tokenProperty());
        CheckBox keep = new CheckBox("Keep it in the key ring");
        keep.setId("publish-keep-token");
        keep.selectedProperty().bindBidirectional(vm.rememberTokenProperty());
        keep.setDisable(!vm.canKeepTokens());
        HBox tokenRow = new HBox(8, token, keep);
        tokenRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(token, Priority.ALWAYS);
        Label signIn = new Label();
        signIn.setId("publish-sign-in");
        signIn.setWrapText(true);
        signIn.getStyleClass().add("text-muted");
        signIn.textProperty().bind(Bindings.createStringBinding(vm::credentialsNote, vm.remoteProperty()));
        TextField message = field(vm.messageProperty(), "publish-message", "Publish the site with Scholarfolio");

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints());
        form.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        row(form, 0, "Repository", remote);
        row(form, 1, "Branch", branch);
        row(form, 2, "Base URL", baseUrl);
        row(form, 3, "Custom domain", domain);
        row(form, 4, "Token", tokenRow);
        form.add(signIn, 1, 5);
        row(form, 6, "Commit message", message);

        ProgressBar progress = new ProgressBar(0);
        progress.setId("publish-progress");
        progress.setAccessibleText("Publish progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setMinHeight(Region.USE_PREF_SIZE);
        progress.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setId("publish-status");
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());

        ListView<Finding> findings = new ListView<>(vm.findings());
        findings.setId("publish-findings");
        findings.setAccessibleText("Pre-flight checks");
        findings.setPlaceholder(new Label("Check shows what will be published and whether anything is off, without publishing."));
        findings.setCellFactory(list -> new FindingCell(vm, list));
        findings.setPrefHeight(260);
        // A publish stopped at a host key has no findings (they come after fetching); the panel takes their
        // place, so the buttons stay in sight.
        findings.managedProperty().bind(vm.unknownHostKeyProperty().isNull());
        findings.visibleProperty().bind(findings.managedProperty());
        VBox.setVgrow(findings, Priority.ALWAYS);

        Button check = new Button("Check");
        check.setId("publish-check");
        check.disableProperty().bind(vm.runningProperty());
        check.setOnAction(e -> vm.check());
        Button publish = new Button("Publish", new FontIcon(MaterialDesignC.CLOUD_UPLOAD));
        publish.setId("publish-run");
        publish.setDefaultButton(true);
        publish.disableProperty().bind(vm.runningProperty().or(vm.remoteProperty().isEmpty()));
        publish.setOnAction(e -> vm.publish());
        Button cancel = new Button("Cancel");
        cancel.setId("publish-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button("Close");
        close.setId("publish-close");
        close.setCancelButton(true);
        close.disableProperty().bind(vm.runningProperty());
        close.setOnAction(e -> stage.close());
        FocusDuringARun.keep(vm.runningProperty(), cancel, check, publish);
        stage.setOnCloseRequest(e -> {
            if (vm.runningProperty().get()) {
                vm.cancel();
                e.consume();
            }
        });
        Button workflow = new Button("As a repository with a workflow\u2026");
        workflow.setId("publish-workflow");
        workflow.setTooltip(new javafx.scene.control.Tooltip(
                "Writes the portfolio and a GitHub Actions workflow that builds and deploys the site on GitHub"));
        workflow.disableProperty().bind(vm.runningProperty());
        workflow.setOnAction(e -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle("A new or empty folder for the repository");
            java.io.File chosen = chooser.showDialog(stage);
            if (chosen != null) {
                vm.writeWorkflow(chosen.toPath());
            }
        });
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, check, workflow, spacer, cancel, publish, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, form, progress, status, new HostKeyPanel(vm), findings, buttons);
        content.setPadding(new Insets(16));
        content.setId("publish-dialog");
        content.setPrefWidth(720);
        stage.setScene(new Scene(content));
    }

    private static TextField field(javafx.beans.property.StringProperty property, String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static void row(GridPane form, int row, String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        if (field instanceof TextField t) {
            t.setAccessibleText(text);
        }
        form.add(label, 0, row);
        form.add(field, 1, row);
    }

    /** A finding: an icon for its severity, its title, the explanation, and a fix button when there is one. */
    private static final class FindingCell extends ListCell<Finding> {
        private final PublishViewModel vm;
        private final ListView<Finding> list;

        FindingCell(PublishViewModel vm, ListView<Finding> list) {
            this.vm = vm;
            this.list = list;
            setPrefWidth(0);
        }

        /** A label that wraps to the list's width instead of cutting the sentence off. */
        private Label wrapped(String text) {
            Label label = new Label(text);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.prefWidthProperty().bind(list.widthProperty().subtract(70));
            label.maxWidthProperty().bind(list.widthProperty().subtract(70));
            return label;
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FontIcon icon = new FontIcon(switch (f.severity()) {
                case ERROR -> MaterialDesignA.ALERT_OCTAGON;
                case WARNING -> MaterialDesignA.ALERT;
                case OK -> MaterialDesignC.CHECK_CIRCLE;
            });
            icon.getStyleClass().add("finding-" + f.severity().name().toLowerCase(java.util.Locale.ROOT));
            icon.setIconColor(switch (f.severity()) {
                case ERROR -> javafx.scene.paint.Color.web("#c62828");
                case WARNING -> javafx.scene.paint.Color.web("#b26a00");
                case OK -> javafx.scene.paint.Color.web("#2e7d32");
            });
            Label title = wrapped(f.title());
            title.setStyle("-fx-font-weight: bold");
            Label explanation = wrapped(f.explanation());
            VBox text = new VBox(2, title, explanation);
            f.fix().ifPresent(fix -> {
                Button apply = new Button(fix.label());
                apply.getStyleClass().add("publish-fix");
                apply.setOnAction(e -> vm.apply(fix));
                text.getChildren().add(apply);
            });
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox box = new HBox(8, icon, text);
            box.setAlignment(Pos.TOP_LEFT);
            setText(null);
            setGraphic(box);
            setAccessibleText(f.severity() + ": " + f.title() + ". " + f.explanation());
        }
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
