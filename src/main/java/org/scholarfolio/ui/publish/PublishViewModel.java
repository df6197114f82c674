package org.scholarfolio.ui.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.publish.Finding;
import org.scholarfolio.publish.GitCredentials;
import org.scholarfolio.publish.GitRemote;
import org.scholarfolio.publish.PagesWorkflow;
import org.scholarfolio.publish.PublishRequest;
import org.scholarfolio.publish.PublishResult;
import org.scholarfolio.publish.Publisher;
import org.scholarfolio.publish.SecretStore;
import org.scholarfolio.publish.UnknownHostKey;
import org.scholarfolio.site.ExportOptions;
import org.scholarfolio.ui.EditorViewModel;

/**
 * The Publish dialog's state: the target (loaded from and saved to {@code publish.json}), a token
 * that is kept only in memory or the desktop's secret store, and a check (a dry run) or a publish
 * running in the background with its step, progress, findings and outcome. The snapshot published
 * is immutable, so editing can go on meanwhile.
 */
public final class PublishViewModel {
    /** Where targets are remembered; the app wires in {@code publish.json} through the store. */
    public interface Targets {
        Optional<PublishTarget> load(Path portfolioFolder) throws IOException;

        void save(Path portfolioFolder, PublishTarget target) throws IOException;
    }

    private final EditorViewModel editor;
    private final Publisher publisher;
    private final Targets targets;
    private final SecretStore secrets;
    private final Map<String, String> environment;
    private final Executor background;
    private final Executor ui;

    private final StringProperty remote = new SimpleStringProperty(this, "remote", "");
    private final StringProperty branch = new SimpleStringProperty(this, "branch", PublishTarget.DEFAULT_BRANCH);
    private final StringProperty baseUrl = new SimpleStringProperty(this, "baseUrl", "");
    private final StringProperty customDomain = new SimpleStringProperty(this, "customDomain", "");
    private final StringProperty token = new SimpleStringProperty(this, "token", "");
    private final BooleanProperty rememberToken = new SimpleBooleanProperty(this, "rememberToken", true);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<PublishResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<UnknownHostKey> unknownHostKey = new ReadOnlyObjectWrapper<>(this, "unknownHostKey");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private AtomicBoolean cancel = new AtomicBoolean();
    private PublishTarget saved = PublishTarget.NONE;

    public PublishViewModel(EditorViewModel editor, Publisher publisher, Targets targets, SecretStore secrets,
                            Map<String, String> environment, Executor background, Executor ui) {
        this.editor = editor;
        this.publisher = publisher;
        this.targets = targets;
        this.secrets = secrets;
        this.environment = Map.copyOf(environment);
        this.background = background;
        this.ui = ui;
        rememberToken.set(secrets.available());
    }

    /** Fills the form from {@code publish.json} beside the open portfolio, when there is one. */
    public void load() {
        Optional<Path> folder = portfolioFolder();
        result.set(null);
        unknownHostKey.set(null);
        findings.clear();
        status.set("");
        progress.set(0);
        if (folder.isEmpty()) {
            status.set("Save the portfolio first: publishing reads its photos and PDFs from its folder.");
            return;
        }
        try {
            saved = targets.load(folder.get()).orElse(PublishTarget.NONE);
            show(saved);
        } catch (IOException e) {
            status.set(e.getMessage());
        }
    }

    private void show(PublishTarget target) {
        remote.set(target.remote());
        branch.set(target.branch());
        baseUrl.set(target.baseUrl());
        customDomain.set(target.customDomain());
    }

    public PublishTarget target() {
        return new PublishTarget(remote.get(), branch.get(), baseUrl.get(), customDomain.get());
    }

    /** Exports and checks without committing or pushing. */
    public void check() {
        start(true, null);
    }

    public void publish() {
        start(false, null);
    }

    /**
     * The person compared the fingerprint of the SSH host key the last publish stopped at and trusts it:
     * publishes again, accepting that key only (a server that now shows another is refused again), which
     * is then added to {@code known_hosts}.
     */
    public void trustHostKeyAndPublish() {
        UnknownHostKey key = unknownHostKey.get();
        if (key != null && key.mayBeTrusted()) {
            start(false, key.fingerprint());
        }
    }

    public void cancel() {
        if (running.get()) {
            cancel.set(true);
            status.set("Cancelling\u2026");
        }
    }

    /** Takes a finding's one-click fix into the form (and so into publish.json at the next publish). */
    public void apply(Finding.Fix fix) {
        show(fix.target());
        findings.removeIf(f -> f.fix().filter(fix::equals).isPresent());
        status.set("Done: " + fix.label() + ". Check or publish again.");
    }

    /**
     * The second way: writes the portfolio and a GitHub Actions workflow that builds and deploys it
     * into {@code repository} (a new or empty folder, or the portfolio's own).
     */
    public void writeWorkflow(Path repository) {
        Optional<Path> folder = portfolioFolder();
        if (folder.isEmpty()) {
            status.set("Save the portfolio first: the repository is made from its folder.");
            return;
        }
        try {
            String version = PublishViewModel.class.getPackage().getImplementationVersion();
            Path workflow = PagesWorkflow.write(folder.get(), repository, version == null ? "(development build)" : version);
            status.set("Wrote " + workflow + ". Push " + repository + " to GitHub, choose \"GitHub Actions\" under"
                    + " Settings > Pages and set the variable SCHOLARFOLIO_DEB_URL; unsaved changes are not in it.");
        } catch (IOException e) {
            status.set("The workflow was not written: " + e.getMessage());
        }
    }

    /** How this remote signs in, in a sentence for the dialog. */
    public String credentialsNote() {
        GitRemote r;
        try {
            r = GitRemote.parse(remote.get());
        } catch (IllegalArgumentException e) {
            return "";
        }
        if (r.isSsh()) {
            return "Signs in with the keys in your SSH agent and in ~/.ssh.";
        }
        if (!r.isHttp()) {
            return "A local repository needs no sign-in.";
        }
        // The environment only: asking the key ring on every keystroke would start a process each time.
        GitCredentials found = GitCredentials.resolve(r, GitCredentials.none(), environment, SecretStore.none());
        String keep = secrets.available() ? "A token you enter here is kept in " + secrets.name() + "."
                : "This desktop has no secret store, so a token you enter is used until you close the editor and not kept.";
        return found.hasToken() ? "Signs in with the token from " + found.source() + ". " + keep : keep;
    }

    public boolean canKeepTokens() {
        return secrets.available();
    }

    private void start(boolean dryRun, String acceptHostKey) {
        if (running.get()) {
            return;
        }
        Optional<Path> folder = portfolioFolder();
        if (folder.isEmpty()) {
            status.set("Save the portfolio first: publishing reads its photos and PDFs from its folder.");
            return;
        }
        PublishTarget target = target();
        if (target.remote().isBlank()) {
            status.set("Give the address of the git repository to publish to.");
            return;
        }
        GitRemote parsed;
        try {
            parsed = GitRemote.parse(target.remote());
        } catch (IllegalArgumentException e) {
            status.set("The repository address is not usable: " + e.getMessage());
            return;
        }
        Portfolio snapshot = editor.portfolio();
        ExportOptions options;
        try {
            options = ExportOptions.forSavedPortfolio(editor.fileProperty().get());
        } catch (IOException e) {
            options = ExportOptions.defaults();
        }
        String commitMessage = message.get();
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        running.set(true);
        findings.clear();
        result.set(null);
        unknownHostKey.set(null);
        progress.set(-1);
        status.set(dryRun ? "Checking\u2026" : "Publishing\u2026");
        String entered = token.get();
        ExportOptions exportOptions = options;
        background.execute(() -> {
            PublishResult outcome;
            try {
                // Off the UI thread: looking in the key ring starts a process.
                GitCredentials credentials = GitCredentials.resolve(parsed, GitCredentials.entered(entered), environment, secrets);
                PublishRequest request = new PublishRequest(snapshot, folder.get(), exportOptions, target, commitMessage,
                        dryRun, credentials, acceptHostKey);
                outcome = publisher.publish(request, new org.scholarfolio.publish.PublishProgress() {
                    @Override
                    public void step(Step step, String detail) {
                        ui.execute(() -> {
                            status.set(step.label() + " " + detail + "\u2026");
                            progress.set(-1);
                        });
                    }

                    @Override
                    public void fraction(double done) {
                        ui.execute(() -> progress.set(done));
                    }
                }, cancelled::get);
            } catch (RuntimeException e) {
                outcome = new PublishResult(PublishResult.Outcome.FAILED, "Publishing stopped: " + e.getMessage(),
                        null, java.util.List.of(), null, java.util.List.of());
            }
            PublishResult done = outcome;
            String note = done.outcome() == PublishResult.Outcome.PUBLISHED || done.outcome() == PublishResult.Outcome.UNCHANGED
                    ? remember(folder.get(), target, parsed, entered) : "";
            ui.execute(() -> finished(done, note));
        });
    }

    /** After a publish that worked: the target into publish.json, an entered token into the secret store. */
    private String remember(Path folder, PublishTarget target, GitRemote parsed, String entered) {
        StringBuilder note = new StringBuilder();
        PublishTarget clean = target.withRemote(parsed.url());
        if (!clean.equals(saved)) {
            try {
                targets.save(folder, clean);
                saved = clean;
            } catch (IOException e) {
                note.append(" The target could not be remembered: ").append(e.getMessage()).append('.');
            }
        }
        if (!entered.isBlank() && rememberToken.get() && secrets.available() && parsed.isHttp()) {
            try {
                secrets.store(parsed.host(), entered.strip());
                note.append(" The token is kept in ").append(secrets.name()).append('.');
            } catch (IOException e) {
                note.append(" The token was not kept: ").append(e.getMessage()).append('.');
            }
        }
        return note.toString();
    }

    private void finished(PublishResult done, String note) {
        running.set(false);
        result.set(done);
        unknownHostKey.set(done.unknownHostKey());
        findings.setAll(done.findings().stream()
                .sorted(java.util.Comparator.comparing(Finding::severity)).toList());
        progress.set(done.succeeded() ? 1 : 0);
        UnknownHostKey key = done.unknownHostKey();
        // The host key panel below says the rest; the whole sentence would push the dialog's buttons out of sight.
        status.set(key == null ? done.message() + note : "Publishing stopped before signing in: " + key.host()
                + " is a server it has not connected to before. Nothing was changed on the remote.");
    }

    private Optional<Path> portfolioFolder() {
        Path file = editor.fileProperty().get();
        return file == null ? Optional.empty() : Optional.of(file.toAbsolutePath().getParent());
    }

    public StringProperty remoteProperty() {
        return remote;
    }

    public StringProperty branchProperty() {
        return branch;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty customDomainProperty() {
        return customDomain;
    }

    /** A token typed in the dialog; held in memory only, unless kept in the secret store after a publish. */
    public StringProperty tokenProperty() {
        return token;
    }

    public BooleanProperty rememberTokenProperty() {
        return rememberToken;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 while the length of the step is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PublishResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The SSH host key the last publish stopped at because known_hosts does not list it; null when none. */
    public ReadOnlyObjectProperty<UnknownHostKey> unknownHostKeyProperty() {
        return unknownHostKey.getReadOnlyProperty();
    }

    public ObservableList<Finding> findings() {
        return findings;
    }
}
