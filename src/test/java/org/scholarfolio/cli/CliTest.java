package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path tmp;

    private Path copySample(String name) throws Exception {
        Path src = Path.of("sample-data", name);
        Path dst = tmp.resolve(name);
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Path t = dst.resolve(src.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return dst;
    }

    @Test
    void versionPrintsTheProductName() {
        CommandRun r = CommandRun.of("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Scholarfolio");
    }

    @Test
    void everyCommandIsListedAndSuggestedThoughARunSetsUpOnlyItsOwn() {
        String usage = CommandRun.of("help").out();
        assertThat(usage).contains("validate", "format", "export", "publish-workflow", "import", "add", "metrics",
                "generate", "export-bibtex", "export-alfolio", "export-csl");
        assertThat(CommandRun.of("help", "export").out()).contains("--out=DIR");
        assertThat(CommandRun.of("export", "--help").out()).contains("--out=DIR");
        CommandRun typo = CommandRun.of("exprot");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("export");
    }

    @Test
    void samplesValidate() {
        for (String sample : List.of("yihua-zhang", "alan-turing")) {
            if (Files.isDirectory(Path.of("sample-data", sample))) {
                CommandRun r = CommandRun.of("validate", "sample-data/" + sample);
                assertThat(r.code()).as(sample + ": " + r.err()).isZero();
                assertThat(r.out()).contains("0 errors");
            }
        }
    }

    @Test
    void theSampleAFirstStartOffersHasNoProblemToShow() {
        CommandRun r = CommandRun.of("validate", "sample-data/yihua-zhang");
        assertThat(r.out()).as(r.err()).contains("0 errors, 0 warnings");
    }

    @Test
    void syntaxErrorExitsTwoAndNamesFileAndLine() throws Exception {
        Path p = copySample("yihua-zhang");
        Path json = p.resolve("portfolio.json");
        List<String> lines = Files.readAllLines(json);
        lines.set(6, lines.get(6) + ",,");
        Files.write(json, lines);
        CommandRun r = CommandRun.of("validate", p.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("portfolio.json").contains("line 7");
    }

    @Test
    void newerFileIsRefusedAndNeverWritten() throws Exception {
        Path p = copySample("yihua-zhang");
        Path json = p.resolve("portfolio.json");
        Files.writeString(json, Files.readString(json).replace("\"schemaVersion\": 1", "\"schemaVersion\": 999"));
        byte[] before = Files.readAllBytes(json);

        CommandRun validate = CommandRun.of("validate", p.toString());
        CommandRun format = CommandRun.of("format", p.toString());

        assertThat(validate.code()).isEqualTo(2);
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("newer").contains("999");
        assertThat(Files.readAllBytes(json)).isEqualTo(before);
        assertThat(p.resolve("portfolio.json.bak")).doesNotExist();
    }

    @Test
    void formatKeepsUnknownFieldsEverywhereAndBacksUp() throws Exception {
        Path p = copySample("yihua-zhang");
        Path json = p.resolve("portfolio.json");
        String text = Files.readString(json)
                .replaceFirst("\\{\n  \"schemaVersion\": 1,", "{\n  \"schemaVersion\": 1,\n  \"rootExtra\": {\"a\": [1, 2]},")
                .replaceFirst("\"nativeName\"", "\"profileExtra\": 42,\n    \"nativeName\"")
                .replace("\"news\": [],", "\"news\": [{\"date\": \"2024-01-01\", \"body\": \"x\", \"newsExtra\": \"n\"}],")
                .replace("\"publications\": [],", "\"publications\": [{\"citationKey\": \"k\", \"year\": 2024, \"pubExtra\": false}],");
        Files.writeString(json, text);
        byte[] before = Files.readAllBytes(json);

        CommandRun r = CommandRun.of("format", p.toString());

        assertThat(r.code()).as(r.err()).isZero();
        String after = Files.readString(json);
        assertThat(after).contains("\"rootExtra\": {", "\"profileExtra\": 42", "\"newsExtra\": \"n\"", "\"pubExtra\": false");
        assertThat(Files.readAllBytes(p.resolve("portfolio.json.bak"))).isEqualTo(before);

        assertThat(CommandRun.of("format", p.toString()).code()).isZero();
        assertThat(Files.readString(json)).isEqualTo(after);
    }

    @Test
    void validationErrorsExitOne() throws Exception {
        Path p = copySample("yihua-zhang");
        Path json = p.resolve("portfolio.json");
        Files.writeString(json, Files.readString(json).replace("\"value\": \"zhangyihua\"",
                "\"value\": \"zhangyihua\"},{\"kind\": \"custom\", \"title\": \"x\", \"url\": \"javascript:alert(1)\""));
        CommandRun r = CommandRun.of("validate", p.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("profile.socialLinks[1].url").contains("javascript");
    }

    @Test
    void missingPortfolioExitsTwo() {
        assertThat(CommandRun.of("validate", tmp.resolve("none").toString()).code()).isEqualTo(2);
    }
}
