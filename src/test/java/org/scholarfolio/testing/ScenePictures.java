package org.scholarfolio.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** For the screenshot programs: a scene saved as a PNG, and work run on the FX thread from outside it. */
public final class ScenePictures {
    private ScenePictures() {
    }

    /** Saves what {@code scene} shows now as a PNG file and says so on the console. */
    public static void save(Scene scene, Path file) throws Exception {
        WritableImage image = onFx(() -> scene.snapshot(null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, w, h, argb, 0, w);
        try {
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("could not write " + file, e);
        }
        System.out.println("wrote " + file);
    }

    /** Runs {@code work} on the FX thread and waits up to five minutes (a loaded machine) for its answer. */
    public static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }
}
