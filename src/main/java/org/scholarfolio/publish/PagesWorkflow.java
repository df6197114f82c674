package org.scholarfolio.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.scholarfolio.files.AtomicFile;

/**
 * The second way to publish, for those who prefer their host to build: the portfolio as a repository
 * of its own, with a GitHub Actions workflow that installs the released Scholarfolio, exports the
 * site with the address GitHub Pages gives it, and deploys it. Nothing is overwritten: an existing
 * workflow of the same name is left alone unless it is exactly this one.
 */
public final class PagesWorkflow {
    public static final String FILE = ".github/workflows/scholarfolio-pages.yml";
    /**
     * Files of a portfolio folder that belong to this computer, not to the repository: the backup,
     * the recovery journal and the writers' lock (which names the user, the host and a process).
     */
    static final List<String> LOCAL_ONLY = List.of("portfolio.json.bak", "portfolio.json.recovery", "portfolio.json.lock");
    static final String GITIGNORE = ".gitignore";

    private PagesWorkflow() {
    }

    /** The workflow for the release {@code version} of Scholarfolio. */
    public static String text(String version) {
        return """
                # Publishes this portfolio to GitHub Pages with Scholarfolio's command line on every push to main.
                # Settings > Pages > Source: "GitHub Actions". Set the repository variable SCHOLARFOLIO_DEB_URL
                # (Settings > Secrets and variables > Actions > Variables) to the address of the Scholarfolio
                # %1$s .deb release you use; the site is exported with the address Pages gives it.
                name: Publish with Scholarfolio
                on:
                  push:
                    branches: [main]
                  workflow_dispatch:
                permissions:
                  contents: read
                  pages: write
                  id-token: write
                concurrency:
                  group: pages
                  cancel-in-progress: false
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - id: pages
                        uses: actions/configure-pages@v5
                      - name: Install Scholarfolio %1$s
                        env:
                          DEB_URL: ${{ vars.SCHOLARFOLIO_DEB_URL }}
                        run: |
                          if [ -z "$DEB_URL" ]; then
                            echo "::error::Set the repository variable SCHOLARFOLIO_DEB_URL to the Scholarfolio .deb to use"
                            exit 1
                          fi
                          curl -fsSL -o scholarfolio.deb "$DEB_URL"
                          sudo apt-get install -y ./scholarfolio.deb
                      - name: Check the portfolio
                        run: /opt/scholarfolio/bin/Scholarfolio validate .
                      - name: Export the site
                        run: /opt/scholarfolio/bin/Scholarfolio export . --out "$RUNNER_TEMP/site" --base-url "${{ steps.pages.outputs.base_url }}/"
                      - uses: actions/upload-pages-artifact@v3
                        with:
                          path: ${{ runner.temp }}/site
                  deploy:
                    needs: build
                    runs-on: ubuntu-latest
                    environment:
                      name: github-pages
                      url: ${{ steps.deployment.outputs.page_url }}
                    steps:
                      - id: deployment
                        uses: actions/deploy-pages@v4
                """.formatted(version);
    }

    /**
     * Writes the workflow into {@code repository}, first copying the portfolio there when it is
     * another folder (which must then be new or empty), and names the files that belong to this
     * computer in the repository's {@code .gitignore}, so that a {@code git add .} leaves them out.
     * Returns the workflow file.
     */
    public static Path write(Path portfolioFolder, Path repository, String version) throws IOException {
        Path from = portfolioFolder.toAbsolutePath().normalize();
        Path to = repository.toAbsolutePath().normalize();
        if (!to.equals(from)) {
            if (to.startsWith(from) || from.startsWith(to)) {
                throw new IOException(repository + " is inside the portfolio or holds it; choose a folder of its own");
            }
            if (Files.isDirectory(to)) {
                try (Stream<Path> any = Files.list(to)) {
                    if (any.findAny().isPresent()) {
                        throw new IOException(repository + " is not empty; give a new or empty folder");
                    }
                }
            }
            copyPortfolio(from, to);
        }
        Path workflow = to.resolve(FILE);
        String text = text(version);
        if (Files.exists(workflow)) {
            if (!Files.readString(workflow, StandardCharsets.UTF_8).equals(text)) {
                throw new IOException(workflow + " already exists and differs; it is left as it is (move it away to write a new one)");
            }
            ignoreLocalFiles(to);
            return workflow;
        }
        ignoreLocalFiles(to);
        Files.createDirectories(workflow.getParent());
        Files.writeString(workflow, text, StandardCharsets.UTF_8);
        return workflow;
    }

    /** Adds to the repository's {@code .gitignore} each local-only file it does not name yet; removes nothing. */
    private static void ignoreLocalFiles(Path repository) throws IOException {
        Path file = repository.resolve(GITIGNORE);
        String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        List<String> lines = old.lines().map(String::strip).toList();
        StringBuilder added = new StringBuilder();
        for (String name : LOCAL_ONLY) {
            if (!lines.contains(name) && !lines.contains("/" + name)) {
                added.append('/').append(name).append('\n');
            }
        }
        if (added.length() == 0) {
            return;
        }
        String start = old.isEmpty() || old.endsWith("\n") ? "" : "\n";
        AtomicFile.write(file, (old + start + "# Scholarfolio's files for this computer only\n" + added)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void copyPortfolio(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path relative = from.relativize(f);
                if (relative.toString().isEmpty()) {
                    Files.createDirectories(to);
                    continue;
                }
                boolean hidden = relative.getName(0).toString().startsWith(".");
                if (hidden || LOCAL_ONLY.contains(relative.toString())) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
