package org.scholarfolio.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.files.OutputFile;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;

/** The export state file: patched after an edit, it holds what one written afresh holds. */
class ExportStateTest {
    @TempDir
    Path temp;

    @Test
    void aStatePatchedWithAFewNewKeysIsTheOneWrittenAfresh() throws IOException {
        Path out = Files.createDirectories(temp.resolve("site"));
        Files.writeString(out.resolve(SiteExporter.MANIFEST.fileName()), "# manifest\n");
        // Pages with keys, one without, files that are not pages (one of them keyed), a path beyond ASCII.
        List<OutputFile> files = List.of(OutputFile.kept("index.html", true), OutputFile.kept("publications/é/index.html", true),
                OutputFile.kept("assets/css/site.css", false), OutputFile.kept("publications.bib", true),
                OutputFile.kept("news/index.html", true), OutputFile.kept("assets/img/me.jpg", false));
        Map<String, Long> first = new HashMap<>(Map.of("index.html", 1L, "publications/é/index.html", -2L,
                "assets/css/site.css", 0x1234L, "publications.bib", Long.MAX_VALUE));
        List<Diagnostic> warnings = List.of(Diagnostic.warning(FieldPath.parse("site.baseUrl"), "not set;\nso none"));
        ExportState editor = ExportState.of(out).orElseThrow();
        editor.record("fingerprint-1", files, warnings, first);
        assertThat(Files.readString(editor.file())).contains("key 0000000000000001 index.html\n",
                "key fffffffffffffffe publications/é/index.html\n", "asset assets/css/site.css\nkey 0000000000001234 assets/css/site.css\n");

        for (Map<String, Long> keys : List.of(
                // One page's key changed (an edit), then none, then all of them.
                Map.of("index.html", 1L, "publications/é/index.html", 77L, "assets/css/site.css", 0x1234L, "publications.bib", Long.MAX_VALUE),
                Map.of("index.html", 1L, "publications/é/index.html", 77L, "assets/css/site.css", 0x1234L, "publications.bib", Long.MAX_VALUE),
                Map.of("index.html", 5L, "publications/é/index.html", 6L, "assets/css/site.css", 7L, "publications.bib", 8L))) {
            editor.record("fingerprint-2", files, warnings, new HashMap<>(keys));
            byte[] patched = Files.readAllBytes(editor.file());
            // Another process's state object knows no lines to patch: it writes them all.
            ExportState fresh = ExportState.of(out).orElseThrow();
            fresh.record("fingerprint-2", files, warnings, new HashMap<>(keys));
            assertThat(new String(patched, java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(fresh.file()));
        }
    }
}
