package org.scholarfolio.ui.profile;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.TextAlignment;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/**
 * The photo's thumbnail, a button to choose a picture, and a drop target for one: the picture is
 * copied into the portfolio's assets folder by the view model.
 */
final class PhotoPicker {
    private static final double SIZE = 96;

    private final ProfileViewModel vm;
    private final ImageView thumbnail = new ImageView();
    private final Label placeholder = new Label("No photo");
    private final Label message = new Label();
    private final HBox root;

    PhotoPicker(ProfileViewModel vm) {
        this.vm = vm;
        thumbnail.setFitWidth(SIZE);
        thumbnail.setFitHeight(SIZE);
        thumbnail.setPreserveRatio(true);
        thumbnail.setSmooth(true);
        // "SVG: see the preview" is wider than the frame: wrapped inside it, not cut to "SVG: see t…".
        placeholder.setId("profile-photo-placeholder");
        placeholder.setWrapText(true);
        placeholder.setTextAlignment(TextAlignment.CENTER);
        placeholder.setMaxWidth(SIZE - 8);
        StackPane frame = new StackPane(placeholder, thumbnail);
        frame.setId("profile-photo-thumbnail");
        frame.setMinSize(SIZE, SIZE);
        frame.setPrefSize(SIZE, SIZE);
        frame.getStyleClass().add("photo-thumbnail");
        frame.setAccessibleText("Photo; drop a picture here to use it");

        Button choose = new Button("Choose picture\u2026", new FontIcon(MaterialDesignI.IMAGE_OUTLINE));
        choose.setId("profile-photo-choose");
        choose.setOnAction(e -> choose());
        message.setId("profile-photo-message");
        message.setWrapText(true);
        Label hint = new Label("or drop a picture on the thumbnail");
        hint.getStyleClass().add("form-label");
        VBox side = new VBox(6, choose, hint, message);
        root = new HBox(12, frame, side);
        root.setAlignment(Pos.CENTER_LEFT);

        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
        vm.photoPathProperty().addListener((obs, old, now) -> showThumbnail());
        // Round as the site will show it: the frame is a square, so a centred circle fits it.
        vm.photoCircularProperty().addListener((obs, was, round) -> {
            frame.setClip(round ? circle() : null);
            cropAsTheSite();
        });
        frame.setClip(vm.photoCircularProperty().get() ? circle() : null);
        showThumbnail();
    }

    private static Circle circle() {
        return new Circle(SIZE / 2, SIZE / 2, SIZE / 2);
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a photo");
        // HEIC listed too (and told why it cannot be used): filtered out, a phone's photos just were not there.
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pictures",
                java.util.stream.Stream.concat(PhotoFiles.EXTENSIONS.stream(), PhotoFiles.PHONE_ONLY.stream())
                        .sorted().flatMap(e -> java.util.stream.Stream.of("*." + e, "*." + e.toUpperCase(Locale.ROOT))).toList()));
        File chosen = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            message.setText(vm.usePhoto(chosen.toPath()));
        }
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && droppedPicture(e.getDragboard().getFiles()).isPresent()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        Optional<Path> picture = e.getDragboard().hasFiles() ? droppedPicture(e.getDragboard().getFiles()) : Optional.empty();
        picture.ifPresent(p -> message.setText(vm.usePhoto(p)));
        e.setDropCompleted(picture.isPresent());
        e.consume();
    }

    private static Optional<Path> droppedPicture(List<File> files) {
        return files.stream().map(File::toPath).filter(p -> PhotoFiles.isPicture(p) || PhotoFiles.isPhoneOnly(p)).findFirst();
    }

    /** JavaFX cannot draw SVG; the preview beside the form shows it as the site will. */
    private void showThumbnail() {
        Optional<Path> file = vm.photoFile();
        boolean drawable = file.isPresent() && file.get().toFile().isFile() && !file.get().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        Image image = drawable ? new Image(file.get().toUri().toString(), SIZE * 2, SIZE * 2, true, true, true) : null;
        thumbnail.setImage(image);
        cropAsTheSite();
        if (image != null && image.getProgress() < 1) {
            image.progressProperty().addListener((obs, was, now) -> {
                if (now.doubleValue() >= 1 && thumbnail.getImage() == image) {
                    cropAsTheSite();
                }
            });
        }
        placeholder.setText(file.isEmpty() ? "No photo"
                : !file.get().toFile().isFile() ? "File missing"
                : drawable ? "" : "SVG: see the preview");
        // A WebP (or AVIF, or a file that is no picture at all) loads as an error: the thumbnail drew
        // nothing and the frame said nothing, an empty square beside a photo path that looked fine.
        if (image != null) {
            Runnable sayWhy = () -> {
                if (image.isError() && thumbnail.getImage() == image) {
                    placeholder.setText(undrawable(file.get()));
                }
            };
            image.errorProperty().addListener((obs, was, now) -> sayWhy.run());
            sayWhy.run();
        }
    }

    /** What the empty frame says about a picture the editor could not draw. */
    static String undrawable(Path file) {
        String name = file.getFileName().toString();
        return PhotoFiles.isBrowsersOnly(file)
                ? name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT) + ": not drawn here; browsers show it"
                : "Not a picture the editor can read";
    }

    /**
     * A round photo is a centred square of the picture on the site (object-fit: cover), so the thumbnail
     * shows that square: the whole of a landscape picture inside the circle left it cut flat at the top
     * and bottom. Square or not round, the whole picture.
     */
    private void cropAsTheSite() {
        Image image = thumbnail.getImage();
        boolean round = vm.photoCircularProperty().get();
        thumbnail.setViewport(image == null || !round || image.getWidth() <= 0 ? null
                : centredSquare(image.getWidth(), image.getHeight()));
    }

    /** The largest square in the middle of a picture of {@code width} × {@code height}. */
    static Rectangle2D centredSquare(double width, double height) {
        double side = Math.min(width, height);
        return new Rectangle2D((width - side) / 2, (height - side) / 2, side, side);
    }

    Node root() {
        return root;
    }
}
