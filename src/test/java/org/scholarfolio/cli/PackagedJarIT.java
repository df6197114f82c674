package org.scholarfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.lookup.FakeServicesServer;
import org.scholarfolio.lookup.ServiceUrls;
import org.scholarfolio.testing.ChildJvm;

/**
 * The packaged {@code target/scholarfolio.jar}, run as a person runs it ({@code java -jar}), against
 * the scholarly services faked by a separate server process on loopback: {@code add} by DOI and
 * arXiv id, {@code import orcid}, {@code metrics}, then {@code export}, whose pages show the counts.
 * Runs in {@code mvn verify} (failsafe, after {@code package}).
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target", "scholarfolio.jar");

    @TempDir
    Path tmp;
    private Process server;
    private Map<String, String> env;

    @BeforeEach
    void startServices() throws Exception {
        assertThat(JAR).as("mvn package builds the jar first").isRegularFile();
        server = ChildJvm.start(FakeServicesServer.class.getName(), List.of(), tmp.resolve("server.out"),
                tmp.resolve("server.err"));
        String base = "http://127.0.0.1:" + port();
        env = Map.of(ServiceUrls.DOI_VARIABLE, base + "/doi", ServiceUrls.ARXIV_VARIABLE, base + "/arxiv",
                ServiceUrls.OPENALEX_VARIABLE, base + "/openalex", ServiceUrls.ORCID_VARIABLE, base + "/orcid",
                ServiceUrls.PUBMED_VARIABLE, base + "/pubmed", "XDG_CACHE_HOME", tmp.resolve("cache").toString(),
                "XDG_CONFIG_HOME", tmp.resolve("config").toString(), "XDG_DATA_HOME", tmp.resolve("data").toString());
    }

    @AfterEach
    void stopServices() throws Exception {
        server.getOutputStream().close(); // the server stops when its input ends
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    @Test
    void javafxsNativeLibrariesSitBesideItsJarsWhereJavafxLooksFirst() {
        // Otherwise each start unpacks them from the jars and checks them against ~/.openjfx/cache.
        Path lib = JAR.resolveSibling("lib");
        for (String name : List.of("glass", "prism_sw", "javafx_font", "jfxwebkit")) {
            assertThat(lib.resolve(System.mapLibraryName(name))).isRegularFile();
        }
    }

    @Test
    void theApplicationsJarThenTheIconsJarComeFirstOnTheJarsClassPath() throws Exception {
        // A class or resource is looked up jar by jar in this order, each jar opened on the way: the application's own
        // classes first, then an export's icons from Font Awesome's jar, which behind JavaFX and the other libraries cost
        // it some forty jars opened.
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
            String[] classPath = jar.getManifest().getMainAttributes().getValue("Class-Path").split(" ");
            assertThat(classPath[0]).isEqualTo("lib/scholarfolio-app.jar");
            assertThat(classPath[1]).startsWith("lib/font-awesome-");
            for (String entry : classPath) {
                assertThat(JAR.resolveSibling(entry)).as("every jar the Class-Path names is there").isRegularFile();
            }
        }
    }

    @Test
    void theJarJavaStartsHoldsOnlyWhatTheFirstJvmRunsTheApplicationIsBehindIt() throws Exception {
        // java -jar's first JVM reads the directory of the jar it is given twice (Java's launcher for the manifest, then the
        // class loader) before it starts the second JVM: ~100 entries instead of ~860 (BENCHMARKS.md, session 35, jar35).
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile());
                java.util.jar.JarFile app = new java.util.jar.JarFile(JAR.resolveSibling("lib/scholarfolio-app.jar").toFile())) {
            assertThat(jar.size()).isLessThan(150);
            assertThat(jar.getEntry("org/scholarfolio/app/Launcher.class")).isNotNull();
            assertThat(jar.getEntry("org/scholarfolio/cli/JvmRelaunch.class")).isNotNull();
            assertThat(jar.getEntry("org/scholarfolio/site/SiteExporter.class")).isNull();
            assertThat(app.getEntry("org/scholarfolio/site/SiteExporter.class")).isNotNull();
            assertThat(app.getEntry("org/scholarfolio/app/Launcher.class")).as("each class in one jar").isNull();
            assertThat(app.getManifest().getMainAttributes().getValue("Implementation-Version"))
                    .as("the version the About box and the look-ups' User-Agent read from their package")
                    .isEqualTo(jar.getManifest().getMainAttributes().getValue("Implementation-Version")).isNotBlank();
        }
    }

    @Test
    void theManifestOpensNoPackage() throws Exception {
        // Applying Add-Opens cost every java -jar start 15 ms before main; what used it (an import's compiler request) runs
        // in a second JVM started with its options now.
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Add-Opens")).isNull();
        }
    }

    @Test
    void anImportRelaunchedFromThePackagedJarSaysAndEndsAsOneRunInItsOwnJvm() throws Exception {
        // java -jar's import runs in a second JVM; -Dscholarfolio.relaunch=false keeps one in the JVM that was started.
        List<String> oneJvm = List.of("-Dscholarfolio.relaunch=false");
        Path site = Path.of("src/test/resources/alfolio/names-site");
        Run relaunched = jar("import", "alfolio", site.toString(), "--out", tmp.resolve("a").toString());
        Run inPlace = jar(oneJvm, "import", "alfolio", site.toString(), "--out", tmp.resolve("b").toString());
        assertThat(relaunched.code()).as(relaunched.err()).isZero();
        assertThat(inPlace.code()).as(inPlace.err()).isZero();
        assertThat(withoutTimes(relaunched.out()).replace(tmp.resolve("a").toString(), "OUT"))
                .isEqualTo(withoutTimes(inPlace.out()).replace(tmp.resolve("b").toString(), "OUT")).isNotBlank();
        assertThat(Files.readString(tmp.resolve("a/portfolio.json"))).isEqualTo(Files.readString(tmp.resolve("b/portfolio.json")));

        // Refused: the portfolio is there already (exit 1, the reason on standard error).
        Run again = jar("import", "alfolio", site.toString(), "--out", tmp.resolve("a").toString());
        Run againInPlace = jar(oneJvm, "import", "alfolio", site.toString(), "--out", tmp.resolve("a").toString());
        assertThat(again.code()).isEqualTo(1).isEqualTo(againInPlace.code());
        assertThat(again.err()).contains("already exists").isEqualTo(againInPlace.err());

        // A BibTeX file that is not there: exit 2 and its message; one that is, into the imported portfolio.
        String missing = tmp.resolve("missing.bib").toString();
        Run none = jar("import", "bibtex", missing, "--into", tmp.resolve("a").toString());
        Run noneInPlace = jar(oneJvm, "import", "bibtex", missing, "--into", tmp.resolve("a").toString());
        assertThat(none.code()).isEqualTo(2).isEqualTo(noneInPlace.code());
        assertThat(none.err()).contains("there is no such file").isEqualTo(noneInPlace.err());
        String bib = "src/test/resources/bibtex/messy-papers.bib";
        Run bibtex = jar("import", "bibtex", bib, "--into", tmp.resolve("a").toString(), "--dry-run");
        Run bibtexInPlace = jar(oneJvm, "import", "bibtex", bib, "--into", tmp.resolve("a").toString(), "--dry-run");
        assertThat(bibtex.code()).as(bibtex.err()).isZero();
        assertThat(withoutTimes(bibtex.out())).isEqualTo(withoutTimes(bibtexInPlace.out())).isNotBlank();
    }

    private static String withoutTimes(String printed) {
        return printed.replaceAll(" in [\\d,]+ ms", "");
    }

    @Test
    void addImportOrcidMetricsAndExportWorkFromThePackagedJar() throws Exception {
        Path portfolio = Files.createDirectories(tmp.resolve("turing"));
        Files.copy(Path.of("sample-data/alan-turing/portfolio.json"), portfolio.resolve("portfolio.json"));

        Run add = jar("add", portfolio.toString(), "doi:10.5555/12345678", "arxiv:2101.00001");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("carberry2021water").contains("hopper2021sparse");

        Run orcid = jar("import", "orcid", "0000-0002-1825-0097", "--into", portfolio.toString());
        assertThat(orcid.code()).as(orcid.err()).isZero();
        assertThat(orcid.out()).contains("added    curie2019vitamin");

        Run metrics = jar("metrics", portfolio.toString());
        assertThat(metrics.code()).as(metrics.err()).isZero();
        assertThat(metrics.out()).containsPattern("turing1950computing +17,322").containsPattern("carberry2021water +4,242");

        Path site = tmp.resolve("site");
        Run export = jar("export", portfolio.toString(), "--out", site.toString());
        assertThat(export.code()).as(export.err()).isZero();
        String today = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(LocalDate.now(ZoneOffset.UTC));
        String page = Files.readString(site.resolve("publications/index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("Cited by 4,242 \u00b7 OpenAlex, " + today).contains("Cited by 17,322 \u00b7 OpenAlex, " + today)
                .contains("curie2019vitamin");
    }

    @Test
    void theSecondJvmOfAnExportMapsTheClassArchiveTheFirstExportWrote() throws Exception {
        Run first = jar("export", "sample-data/alan-turing", "--out", tmp.resolve("first").toString());
        assertThat(first.code()).as(first.err()).isZero();
        Path folder = tmp.resolve("cache/scholarfolio/" + JvmRelaunch.ARCHIVES);
        List<Path> archives;
        try (var files = Files.list(folder)) {
            archives = files.toList();
        }
        assertThat(archives).singleElement().satisfies(a -> assertThat(a.getFileName().toString()).endsWith(".jsa"));

        Run second = jar("export", "sample-data/alan-turing", "--out", tmp.resolve("second").toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out().replace("second", "first").replaceAll(" in \\d+ ms", ""))
                .isEqualTo(first.out().replaceAll(" in \\d+ ms", ""));
        assertThat(Files.readString(tmp.resolve("second/index.html"))).isEqualTo(Files.readString(tmp.resolve("first/index.html")));
        // The archive fits this jar: a JVM required to map it (-Xshare:on fails otherwise) runs
        // the export with the application's classes from it.
        Run mapped = jar(List.of("-XX:SharedArchiveFile=" + archives.get(0), "-Xshare:on", "-Xlog:class+load"), "export",
                "sample-data/alan-turing", "--out", tmp.resolve("third").toString());
        assertThat(mapped.code()).as(mapped.err()).isZero();
        assertThat(mapped.out()).containsPattern("org\\.scholarfolio\\.site\\.SiteExporter source: shared objects file \\(top\\)");
    }

    @Test
    void anExportWhoseCacheFolderCannotBeWrittenStillExports() throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("cache-file"), "a file where the cache folder would be");
        Map<String, String> unwritable = new java.util.HashMap<>(env);
        unwritable.put("XDG_CACHE_HOME", notAFolder.toString());
        env = Map.copyOf(unwritable);

        Run export = jar("export", "sample-data/alan-turing", "--out", tmp.resolve("site").toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("Exported ");
        assertThat(tmp.resolve("site/index.html")).isRegularFile();
    }

    private int port() throws Exception {
        // The server prints "port N" once it listens; a loaded machine may take a while to start a JVM.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        Path out = tmp.resolve("server.out");
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("the fake services run: %s", errOf("server.err")).isTrue();
            List<String> lines = Files.readAllLines(out);
            if (!lines.isEmpty() && lines.get(0).startsWith("port ")) {
                return Integer.parseInt(lines.get(0).substring(5).strip());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the fake services did not start");
    }

    private String errOf(String name) throws Exception {
        Path f = tmp.resolve(name);
        return Files.exists(f) ? Files.readString(f) : "";
    }

    private record Run(int code, String out, String err) {
    }

    private Run jar(String... args) throws Exception {
        return jar(List.of(), args);
    }

    private Run jar(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        Path out = tmp.resolve("jar.out");
        Path err = tmp.resolve("jar.err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("%s finishes", args[0]).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
