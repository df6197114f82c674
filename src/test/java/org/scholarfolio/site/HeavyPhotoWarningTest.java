package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.Diagnostic;

/**
 * Seen exporting a portfolio whose photo was a camera's picture chosen as it came (7.8 MB, 6,000 × 4,000 pixels):
 * the site copied all of it beside pages of a few kilobytes, and the export said nothing.
 */
class HeavyPhotoWarningTest {
    @TempDir
    Path temp;

    @Test
    void aPhotoOverAMegabyteIsReportedWithItsSizeAndAnOrdinaryOneIsNot() throws IOException {
        Path dir = FixturePortfolio.writeAssets(temp.resolve("portfolio"));
        Path out = temp.resolve("site");
        ExportReport small = new SiteExporter().export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(), out);
        assertThat(small.warnings()).noneMatch(w -> w.message().contains("every visitor downloads"));

        // Noise does not compress: 800 × 600 pixels as PNG are about 1.4 MB.
        BufferedImage noise = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(37);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        ImageIO.write(noise, "png", dir.resolve("assets/img/me.png").toFile());
        assertThat(Files.size(dir.resolve("assets/img/me.png"))).isGreaterThan(1_000_000L);

        ExportReport heavy = new SiteExporter().export(FixturePortfolio.portfolio(), dir, FixturePortfolio.options(),
                temp.resolve("site2"));
        Diagnostic warning = heavy.warnings().stream().filter(w -> w.message().contains("every visitor downloads"))
                .findFirst().orElseThrow();
        assertThat(warning.field().toString()).isEqualTo("profile.photo");
        assertThat(warning.message()).matches("assets/img/me\\.png is 1\\.\\d MB, 800 \u00d7 600 pixels: every visitor .*");
    }
}
