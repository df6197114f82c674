package org.scholarfolio.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.scholarfolio.model.PublishTarget;
import org.scholarfolio.site.ExportReport;

/**
 * The checks run before anything is committed, each with a plain explanation: the base URL against
 * the address the host will serve, the custom domain's {@code CNAME}, {@code .nojekyll}, file and
 * site sizes against the host's limits, the export's own warnings, and Google Scholar readiness.
 */
public final class Preflight {
    static final long MB = 1024L * 1024;
    /** GitHub refuses a push with a file over 100 MB and warns from 50 MB; a Pages site may be 1 GB. */
    static final long FILE_LIMIT = 100 * MB;
    static final long FILE_WARNING = 50 * MB;
    static final long SITE_LIMIT = 1024 * MB;

    private Preflight() {
    }

    /** The base URL a publish to {@code target} uses: the target's own, else the portfolio's. */
    public static String effectiveBaseUrl(PublishTarget target, String portfolioBaseUrl) {
        return target.baseUrl().isBlank() ? portfolioBaseUrl.strip() : target.baseUrl();
    }

    /** The address the site will be served at: the custom domain, else the host's Pages address. */
    public static Optional<String> servedAt(GitRemote remote, PublishTarget target) {
        if (!target.customDomain().isBlank()) {
            return Optional.of("https://" + target.customDomain().toLowerCase(Locale.ROOT).replaceAll("^https?://|/+$", "") + "/");
        }
        return remote.pagesAddress();
    }

    /** Checks that need only the target: the base URL. */
    public static List<Finding> target(GitRemote remote, PublishTarget target, String portfolioBaseUrl) {
        String baseUrl = effectiveBaseUrl(target, portfolioBaseUrl);
        Optional<String> served = servedAt(remote, target);
        if (baseUrl.isBlank()) {
            Finding f = Finding.warning("No base URL",
                    "the site works without one, but feeds, the sitemap, link previews and Google Scholar's PDF"
                            + " addresses need the address the site is published at");
            return List.of(served.map(s -> f.withFix("Use " + s, target.withBaseUrl(s))).orElse(f));
        }
        if (served.isEmpty()) {
            return List.of(Finding.ok("Base URL " + baseUrl, "this host's address cannot be worked out from the remote, so it is taken as given"));
        }
        if (!normalise(baseUrl).equals(normalise(served.get()))) {
            String where = target.customDomain().isBlank() ? remote.host() + " serves this repository at " + served.get()
                    : "the custom domain " + target.customDomain() + " serves the site at " + served.get();
            return List.of(Finding.warning("The base URL does not match the remote",
                    where + ", but the base URL is " + baseUrl + "; feeds, the sitemap, shared links and Google"
                            + " Scholar's PDF addresses would point to the wrong place")
                    .withFix("Use " + served.get(), target.withBaseUrl(served.get())));
        }
        return List.of(Finding.ok("Base URL " + baseUrl, "matches where " + (target.customDomain().isBlank() ? remote.host() : "the custom domain") + " serves the site"));
    }

    /** Checks of the exported site in {@code siteDir} (the working copy, or any export folder). */
    public static List<Finding> site(Path siteDir, GitRemote remote, PublishTarget target, String baseUrl,
                                     ExportReport report, int publicationCount) throws IOException {
        List<Finding> findings = new ArrayList<>();
        boolean github = remote.hostKind() == GitRemote.Host.GITHUB;
        if (Files.isRegularFile(siteDir.resolve(".nojekyll"))) {
            findings.add(Finding.ok(".nojekyll is there", "GitHub Pages serves the files as they are, without running Jekyll over them"));
        } else {
            findings.add(Finding.warning("No .nojekyll file", "GitHub Pages would run Jekyll over the site and drop"
                    + " files and folders whose names start with an underscore"));
        }
        findings.add(cname(siteDir, target));
        findings.addAll(sizes(siteDir, github));
        if (!report.warnings().isEmpty()) {
            int n = report.warnings().size();
            findings.add(Finding.warning("The export warned about " + n + (n == 1 ? " thing" : " things"),
                    report.warnings().subList(0, Math.min(5, n)).stream().map(Object::toString).collect(java.util.stream.Collectors.joining("; ")) + (n > 5 ? "; and " + (n - 5) + " more" : "")));
        }
        findings.addAll(ScholarReadiness.check(siteDir, baseUrl, publicationCount));
        return findings;
    }

    private static Finding cname(Path siteDir, PublishTarget target) throws IOException {
        Path file = siteDir.resolve("CNAME");
        String present = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
        String domain = target.customDomain();
        if (domain.isBlank()) {
            if (!present.isEmpty()) {
                return Finding.warning("The branch has a CNAME file for " + present,
                        "the host serves the site at " + present + " but no custom domain is set here, so the base URL"
                                + " check cannot take it into account")
                        .withFix("Use " + present + " as the custom domain", target.withCustomDomain(present));
            }
            return Finding.ok("No custom domain", "no CNAME file is needed");
        }
        if (!present.equalsIgnoreCase(domain)) {
            return Finding.warning("CNAME does not name " + domain,
                    "GitHub Pages reads the custom domain from the CNAME file at the top of the branch");
        }
        return Finding.ok("CNAME names " + domain, "GitHub Pages serves the site at this domain");
    }

    private static List<Finding> sizes(Path siteDir, boolean github) throws IOException {
        List<Finding> findings = new ArrayList<>();
        long total = 0;
        try (Stream<Path> files = Files.walk(siteDir)) {
            for (Path f : files.filter(p -> !siteDir.relativize(p).startsWith(".git")).filter(Files::isRegularFile).sorted().toList()) {
                long size = Files.size(f);
                total += size;
                String name = siteDir.relativize(f).toString().replace('\\', '/');
                if (size > FILE_LIMIT) {
                    String title = name + " is " + size / MB + " MB";
                    String why = "GitHub refuses files over 100 MB; make the file smaller or link to a copy elsewhere";
                    findings.add(github ? Finding.error(title, why) : Finding.warning(title, why));
                } else if (size > FILE_WARNING) {
                    findings.add(Finding.warning(name + " is " + size / MB + " MB",
                            "GitHub warns about files over 50 MB and refuses them over 100 MB"));
                }
            }
        }
        if (total > SITE_LIMIT) {
            String title = "The site is " + total / MB + " MB";
            String why = "GitHub Pages sites may be at most 1 GB";
            findings.add(github ? Finding.error(title, why) : Finding.warning(title, why));
        } else if (findings.isEmpty()) {
            findings.add(Finding.ok("Sizes", String.format(Locale.ROOT, "%.1f MB in all, no file over 50 MB", total / (double) MB)));
        }
        return findings;
    }

    static String normalise(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^http://", "https://");
        return u.endsWith("/") ? u : u + "/";
    }
}
