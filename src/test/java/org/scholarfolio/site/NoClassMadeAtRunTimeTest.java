package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;
import org.scholarfolio.model.NewsDate;

/**
 * Code an export runs once per process and that Java would make a class for at run time, with its class-file
 * writer run interpreted, instead of mapping one from the class archive: the JDK's comparator factories (their
 * lambdas belong to {@code java.util.Comparator}, which the application's archive does not hold), commonmark's
 * heading-id generator (its jar joins strings through {@code invokedynamic}) and {@code Files.createTempFile}
 * (its {@code SecureRandom}, whose provider is made by reflection). Read from the bytecode, as {@code javap}
 * prints it.
 */
class NoClassMadeAtRunTimeTest {
    private static String bytecode(Class<?> type) {
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        StringWriter code = new StringWriter();
        PrintWriter out = new PrintWriter(code);
        javap.run(out, out, "-c", "-p", "-cp", type.getProtectionDomain().getCodeSource().getLocation().getPath(),
                type.getName());
        out.flush();
        return code.toString();
    }

    @Test
    void newsDatesAndTheSiteModelSortWithoutTheJdksComparatorFactories() {
        for (Class<?> type : List.of(NewsDate.class, SiteModelBuilder.class)) {
            assertThat(bytecode(type)).as(type.getName())
                    .contains("Code:")
                    .doesNotContain("java/util/Comparator.comparing", "java/util/Comparator.thenComparing",
                            "java/util/Comparator.nullsFirst");
        }
    }

    @Test
    void headingIdsAreNumberedWithoutCommonmarksGenerator() throws Exception {
        for (String name : List.of("org.scholarfolio.markdown.HeadingIds", "org.scholarfolio.markdown.HeadingIds$PerRender",
                "org.scholarfolio.markdown.SimpleMarkdown$Tokens")) {
            assertThat(bytecode(Class.forName(name))).as(name).doesNotContain("org/commonmark/ext/heading/anchor/IdGenerator");
        }
    }

    @Test
    void theExportsStateIsWrittenWithoutARandomTemporaryName() {
        assertThat(bytecode(ExportState.class)).contains("java/nio/file/Files.createFile")
                .doesNotContain("java/nio/file/Files.createTempFile");
    }
}
