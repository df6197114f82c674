package org.scholarfolio.testing;

import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

import org.testfx.util.WaitForAsyncUtils;

/** A node's pixels as a snapshot draws them, and how many of two such pictures differ: for same-pixels tests. */
public final class SnapshotPixels {
    private SnapshotPixels() {
    }

    /** The node's pixels, after its width and height; taken on the FX thread, called from outside it. */
    public static int[] of(Node node) throws Exception {
        Image image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h + 2];
        argb[0] = w;
        argb[1] = h;
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[2 + y * w + x] = reader.getArgb(x, y);
            }
        }
        return argb;
    }

    /** How many pixels of two pictures from {@link #of} differ: all of them when their sizes differ. */
    public static int differing(int[] one, int[] other) {
        if (one.length != other.length || one[0] != other[0]) {
            return Math.max(one.length, other.length);
        }
        int differing = 0;
        for (int i = 2; i < one.length; i++) {
            if (one[i] != other[i]) {
                differing++;
            }
        }
        return differing;
    }
}
