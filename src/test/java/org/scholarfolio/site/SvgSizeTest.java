package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvgSizeTest {
    @TempDir
    Path temp;

    private int[] sizeOf(String svg) throws IOException {
        Path file = temp.resolve("photo.svg");
        Files.writeString(file, svg);
        return Home.imageSize(file);
    }

    @Test
    void widthAndHeightOfTheRootElement() throws IOException {
        assertThat(sizeOf("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"300px\"><rect/></svg>"))
                .containsExactly(400, 300);
    }

    @Test
    void theViewBoxWhenNoPlainSizeIsGiven() throws IOException {
        assertThat(sizeOf("<svg viewBox=\"0 0 120.4 80\" width=\"100%\"></svg>")).containsExactly(120, 80);
    }

    @Test
    void noSizeWhenNoneIsStatedOrTheFileIsNotSvg() throws IOException {
        assertThat(sizeOf("<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"2\"/></svg>")).isNull();
        assertThat(sizeOf("not an image at all")).isNull();
        assertThat(sizeOf("<svg width=\"0\" height=\"10\"></svg>")).isNull();
    }

    @Test
    void theSamplePortraitIsSized() {
        assertThat(Home.imageSize(Path.of("sample-data/yihua-zhang/assets/avatar.svg"))).containsExactly(400, 400);
    }
}
