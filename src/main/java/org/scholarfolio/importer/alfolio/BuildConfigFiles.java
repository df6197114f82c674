package org.scholarfolio.importer.alfolio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The configuration files the site is built with. Jekyll reads {@code _config.yml} unless the build
 * names others ({@code jekyll build --config _config.yml,_config_mira.yml}); a site deployed by a
 * GitHub workflow says so in {@code .github/workflows/}, and its {@code _config.yml} may then be the
 * untouched template.
 */
record BuildConfigFiles(List<String> files, String namedIn, int line) {
    private static final String WORKFLOWS = ".github/workflows";
    private static final Pattern BUILD_WITH_CONFIG = Pattern.compile(
            "\\bjekyll\\s+(?:build|b)\\b.*?--config[=\\s]+([\"']?)([^\\s\"']+)\\1");

    /** Only {@code _config.yml}, as Jekyll reads it when no build names another. */
    static BuildConfigFiles standard() {
        return new BuildConfigFiles(List.of(SiteFolder.CONFIG), "", 0);
    }

    /** True when the files come from a workflow rather than Jekyll's default. */
    boolean fromWorkflow() {
        return !namedIn.isEmpty();
    }

    /**
     * The files named by the first workflow (deploying ones first, then by name) whose
     * {@code jekyll build} has {@code --config}; {@link #standard()} when none has.
     */
    static BuildConfigFiles of(Path site) {
        Path dir = site.resolve(WORKFLOWS);
        if (!Files.isDirectory(dir)) {
            return standard();
        }
        List<Path> workflows;
        try (Stream<Path> s = Files.list(dir)) {
            workflows = s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().matches("(?i).*\\.ya?ml"))
                    .sorted(Comparator.comparing((Path f) -> !f.getFileName().toString().toLowerCase(Locale.ROOT)
                            .contains("deploy")).thenComparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            return standard();
        }
        for (Path workflow : workflows) {
            String text = SiteFolder.readQuietly(site, workflow);
            if (text == null) {
                continue;
            }
            String[] lines = text.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("#")) {
                    continue;
                }
                Matcher m = BUILD_WITH_CONFIG.matcher(line);
                if (m.find()) {
                    List<String> files = new ArrayList<>();
                    Arrays.stream(m.group(2).split(",")).map(String::strip).map(f -> f.replaceFirst("^\\./", ""))
                            // a file of the site only: a path leaving it is not the site's configuration
                            .filter(f -> !f.isEmpty() && !f.startsWith("/") && !f.contains(".."))
                            .forEach(files::add);
                    if (!files.isEmpty()) {
                        return new BuildConfigFiles(List.copyOf(files),
                                WORKFLOWS + "/" + workflow.getFileName(), i + 1);
                    }
                }
            }
        }
        return standard();
    }
}
