package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Icons made into symbols without parsing give what the parse gives, for every icon the site can use. */
class IconSpriteTest {
    private static final String SVGS = "META-INF/resources/webjars/font-awesome/6.7.2/svgs/";

    @Test
    void everyBundledIconIsMadeAsItsParseMakesIt() throws IOException, URISyntaxException {
        URI folder = IconSprite.class.getClassLoader().getResource(SVGS).toURI();
        List<String> icons;
        try (FileSystem jar = FileSystems.newFileSystem(URI.create(folder.toString().substring(0, folder.toString().indexOf("!/"))), Map.of());
             Stream<Path> files = Files.walk(jar.getPath(SVGS))) {
            icons = files.filter(p -> p.toString().endsWith(".svg"))
                    .map(p -> p.getParent().getFileName() + "/" + p.getFileName().toString().replace(".svg", "")).toList();
        }
        assertThat(icons).hasSizeGreaterThan(2_000);
        for (String icon : icons) {
            String svg = IconSprite.load(icon).orElseThrow();
            assertThat(IconSprite.symbolAsWritten(icon, svg)).as(icon).isNotNull().isEqualTo(IconSprite.symbolParsed(icon, svg));
        }
    }

    @Test
    void anIconOfAnotherShapeIsParsed() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><path d=\"M0 0h10\"/><circle r=\"1\"/></svg>";
        assertThat(IconSprite.symbolAsWritten("solid/x", svg)).isNull();
        assertThat(IconSprite.symbolParsed("solid/x", svg)).contains("<circle r=\"1\"");
        assertThat(IconSprite.symbolAsWritten("solid/x", svg.replace("M0 0h10", "M0 0&amp;"))).isNull();
    }

    @Test
    void theSpriteHoldsEachIconOnceInNameOrder() {
        String sprite = IconSprite.build(List.of("solid/house", "brands/github", "solid/house"));
        assertThat(sprite).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sprite\" aria-hidden=\"true\">"
                + "<symbol id=\"i-brands-github\" viewBox=\"0 0 496 512\"><path d=\"M165.9 397.4c0")
                .endsWith("\" /></symbol></svg>");
        assertThat(sprite.indexOf("i-brands-github")).isLessThan(sprite.indexOf("i-solid-house"));
        assertThat(sprite.split("<symbol ", -1)).hasSize(3);
    }
}
