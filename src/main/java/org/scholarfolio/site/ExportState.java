package org.scholarfolio.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.scholarfolio.files.AtomicFile;
import org.scholarfolio.files.ContentHash;
import org.scholarfolio.files.FolderWatch;
import org.scholarfolio.files.OutputFile;
import org.scholarfolio.files.OutputFolder;
import org.scholarfolio.files.UserCache;
import org.scholarfolio.model.Diagnostic;
import org.scholarfolio.model.FieldPath;
import org.scholarfolio.model.Portfolio;

/**
 * What the last export into a folder was made from, so that exporting the same input again reads
 * the portfolio, compares and writes nothing, without rendering a page. The input is one hash of
 * the portfolio's canonical JSON, the export options, the files in the portfolio folder (path,
 * size, time) and the build of Scholarfolio that exports. It is kept in the per-user cache
 * ({@link UserCache}), never in the site, with the manifest's size and time and the export's
 * warnings; the shortcut is taken only when the manifest and every file it lists are as the
 * last export left them (none newer than the manifest), so a hand-edited page is still put right.
 * <p>
 * The exporter that wrote the folder keeps this object, and with it what it noted: its next
 * export does not read the state file again while the manifest has the size and time it noted;
 * it still looks at each kept file's attributes, so a hand-edited page is put right as before.
 */
public final class ExportState {
    private static final String HEADER = "scholarfolio export state 2";
    // A portfolio folder this large (say, one inside a home folder) is not worth walking.
    private static final int MAX_FILES = 20_000;
    static final String BUILD = buildIdentity();

    private final Path file;
    private final Path outDir;
    // What the last record() of this object noted, while the manifest is as that export left it.
    private Noted noted;
    // The per-file lines of the state file the last record() wrote, patched by the next one.
    private FileLines fileLines;
    // Whether to keep a watch on the folder between exports (the editor's exporter), and the watch.
    private volatile boolean watchWanted;
    private volatile FolderWatch watch;
    // The watch once an export that looked at every file after its start has recorded: from then
    // on its answers are trusted; pending while that export is under way.
    private volatile FolderWatch trusted;
    private volatile FolderWatch pendingTrust;
    // A watch being started beside the editor's work after an export (11,000 folders take a while).
    private volatile CompletableFuture<FolderWatch> starting;
    // Files a watch named since the last export recorded: looked at again until one does (an
    // export that fails after the look must not lose what the watch told it).
    private final Set<String> named = new HashSet<>();
    // How many files the last look looked at (tests see whether the watch answered).
    private volatile int lookedAt;

    /**
     * What one export noted, kept in memory for the same exporter's next export.
     *
     * @param keys     each file's key by its path
     * @param assets   the paths of the files that are not pages
     * @param pages    the paths of the pages, in the order the export wrote them
     * @param pagesKeyed whether every page's path is among {@code keys}
     */
    private record Noted(String fingerprint, long manifestSize, FileTime manifestTime, Map<String, Long> keys,
                         Set<String> assets, List<String> pages, boolean pagesKeyed, List<Diagnostic> warnings) {
        /** Whether {@code path} is one of the files noted. */
        boolean lists(String path) {
            return keys.containsKey(path) || assets.contains(path) || !pagesKeyed && pages.contains(path);
        }
    }

    private ExportState(Path file, Path outDir) {
        this.file = file;
        this.outDir = outDir;
    }

    /** The state of {@code outDir}, or empty when caches are off. */
    static Optional<ExportState> of(Path outDir) {
        Path folder = UserCache.folder("exports");
        if (folder == null) {
            return Optional.empty();
        }
        Path out = outDir.toAbsolutePath().normalize();
        String name = ContentHash.of(out.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        return Optional.of(new ExportState(folder.resolve(name), out));
    }

    /** The file in the user's cache that holds this state (tests read what was written). */
    Path file() {
        return file;
    }

    /** Whether this is the state of {@code outDir}. */
    boolean isFor(Path outDir) {
        return this.outDir.equals(outDir.toAbsolutePath().normalize());
    }

    /**
     * From the next export on, keeps a watch on the folder's tree ({@link FolderWatch}) between
     * exports, so that an export looks only at the files something happened to instead of at every
     * file (where the system lets it; else every file is looked at as before). For an exporter that
     * exports into the same folder again and again: the editor's.
     */
    void watchFolder() {
        watchWanted = true;
    }

    /** How many files the last {@link #lookAtFiles} looked at: every file the last export noted, or those a watch named. */
    int lookedAt() {
        return lookedAt;
    }

    /** Stops watching the folder (the exporter moves on to another folder). */
    void close() {
        watchWanted = false;
        FolderWatch w = watch;
        watch = null;
        if (w != null) {
            w.close();
        }
        CompletableFuture<FolderWatch> s = starting;
        starting = null;
        if (s != null) {
            s.thenAccept(started -> {
                if (started != null) {
                    started.close();
                }
            });
        }
    }

    /** Waits for a watch being started (tests know when the next export can ask it). */
    void awaitWatch() {
        CompletableFuture<FolderWatch> s = starting;
        if (s != null) {
            s.join();
        }
    }

    /** Forgets what the last export noted: files are about to change, and only {@link #record} knows how. */
    void forget() {
        noted = null;
    }

    /** What the last {@link #record} noted, when the manifest is still as that export left it. */
    private Noted notedStill() {
        Noted n = noted;
        if (n == null) {
            return null;
        }
        try {
            BasicFileAttributes m = Files.readAttributes(outDir.resolve(SiteExporter.MANIFEST.fileName()), BasicFileAttributes.class);
            if (m.isRegularFile() && m.size() == n.manifestSize() && m.lastModifiedTime().equals(n.manifestTime())) {
                return n;
            }
        } catch (IOException e) {
            // No manifest: nothing is as noted.
        }
        noted = null;
        return null;
    }

    /**
     * Starts looking at every file the last export noted (while the manifest is as it left it), in
     * {@code parts} tasks on {@code lookers}, so that the look (a {@code stat} per file, 11,000 at
     * 10,000 publications, the largest single piece of an export after one edit) runs beside the
     * caller's own work instead of after it. Null when nothing is noted.
     * <p>
     * With a watch on the folder ({@link #watchFolder}) that can tell what happened since the last
     * export, only the files it names (and those in folders it names) are looked at, here, at once.
     * The watch is started after an export records, on a thread of its own; the first export after
     * it has started still looks at every file, so that nothing from before the watch goes unseen.
     */
    FilesLook lookAtFiles(ExecutorService lookers, int parts) {
        pendingTrust = null;
        lookedAt = 0;
        Noted n = notedStill();
        if (n == null) {
            return null;
        }
        FolderWatch w = watch;
        if (w != null && w == trusted) {
            // Asked now, taken when the plan asks: the watch's thread hands the events over meanwhile.
            w.mark();
            return new FilesLook(n, List.of(), () -> {
                FolderWatch.Changes changes = w.changes();
                if (changes != null) {
                    return touchedAmong(n, changes);
                }
                // Something may have been missed: trusted again once an export has looked at every file.
                trusted = null;
                if (!w.isOpen()) {
                    watch = null;
                }
                List<String> touched = new ArrayList<>();
                for (Future<List<String>> part : lookAtEveryFile(n, lookers, parts)) {
                    touched.addAll(part.get());
                }
                if (watch != null) {
                    pendingTrust = watch;
                }
                return touched;
            });
        }
        // A watch that began before this look is trusted once the export that made it has recorded.
        takeStartedWatch();
        boolean trusting = watch != null;
        List<Future<List<String>>> looks = lookAtEveryFile(n, lookers, parts);
        // Once every file has been looked at after the watch began, what it tells is all there is to know.
        return new FilesLook(n, looks, trusting ? () -> {
            pendingTrust = watch;
            return List.of();
        } : null);
    }

    /** The look at every file {@code n} noted, in up to {@code parts} tasks on {@code lookers}. */
    private List<Future<List<String>>> lookAtEveryFile(Noted n, ExecutorService lookers, int parts) {
        List<String> paths = new ArrayList<>(n.pages().size() + n.assets().size());
        paths.addAll(n.pages());
        paths.addAll(n.assets());
        lookedAt = paths.size();
        int count = Math.max(1, Math.min(parts, paths.size() / 256 + 1));
        List<Future<List<String>>> looks = new ArrayList<>(count);
        for (int part = 0; part < count; part++) {
            List<String> slice = paths.subList(paths.size() * part / count, paths.size() * (part + 1) / count);
            looks.add(lookers.submit(() -> {
                List<String> touched = new ArrayList<>();
                for (String path : slice) {
                    boolean asLeft;
                    try {
                        asLeft = intact(outDir.resolve(path), n.manifestTime());
                    } catch (IOException | RuntimeException e) {
                        asLeft = false; // rendered again: always right, only slower
                    }
                    if (!asLeft) {
                        touched.add(path);
                    }
                }
                return touched;
            }));
        }
        return looks;
    }

    /**
     * The export that looked ({@link #lookAtFiles}) has put right, or found as noted, every file
     * the look named: nothing the watch named before is left to look at, and a watch that every
     * file was looked at after is trusted from now on.
     */
    private void lookedAtAll() {
        named.clear();
        FolderWatch looked = pendingTrust;
        pendingTrust = null;
        if (looked != null && looked == watch) {
            trusted = looked;
        }
    }

    /** The watch started after an earlier export, once it has started (none when the system refused). */
    private void takeStartedWatch() {
        CompletableFuture<FolderWatch> s = starting;
        if (watch == null && s != null && s.isDone()) {
            starting = null;
            trusted = null;
            watch = s.getNow(null);
            if (watch == null) {
                watchWanted = false; // the system refused (too many folders to watch): not tried again
            }
        }
    }

    /**
     * Starts a watch on the folders of the files {@code n} noted and the folders above them, on a
     * thread of its own (the editor's next export looks at every file meanwhile, as without one),
     * unless one is watching or starting.
     */
    private void startWatch(Noted n) {
        if (!watchWanted || watch != null || starting != null) {
            return;
        }
        CompletableFuture<FolderWatch> started = new CompletableFuture<>();
        starting = started;
        Thread t = new Thread(() -> {
            FolderWatch w = null;
            try {
                Set<String> folders = new HashSet<>();
                for (List<String> some : List.of(n.pages(), List.copyOf(n.assets()))) {
                    for (String path : some) {
                        for (int slash = path.lastIndexOf('/'); slash > 0 && folders.add(path.substring(0, slash));
                             slash = path.lastIndexOf('/', slash - 1)) {
                            // Each folder once; its parents were added with it.
                        }
                    }
                }
                w = FolderWatch.start(outDir, folders, file.getParent());
            } finally {
                if (w != null && !watchWanted) {
                    w.close();
                    w = null;
                }
                started.complete(w);
            }
        }, "site-export-watch");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Of the files {@code n} noted, those not as that export left them, looking only at those the
     * watch names and those in the folders it names.
     */
    private List<String> touchedAmong(Noted n, FolderWatch.Changes changes) throws IOException {
        Set<String> candidates = new HashSet<>();
        for (String entry : changes.entries()) {
            if (n.lists(entry)) {
                candidates.add(entry);
            }
        }
        Set<String> folders = new HashSet<>();
        for (String folder : changes.folders()) {
            if (!n.lists(folder)) {
                folders.add(folder);
            }
        }
        if (!folders.isEmpty()) {
            for (List<String> some : List.of(n.pages(), List.copyOf(n.assets()))) {
                for (String path : some) {
                    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                        if (folders.contains(path.substring(0, slash))) {
                            candidates.add(path);
                            break;
                        }
                    }
                }
            }
        }
        named.addAll(candidates);
        lookedAt = named.size();
        List<String> touched = new ArrayList<>();
        for (String path : named) {
            if (!n.lists(path)) {
                continue; // a file the last export no longer wrote
            }
            if (!intact(outDir.resolve(path), n.manifestTime())) {
                touched.add(path);
            }
        }
        return touched;
    }

    /**
     * A look at each file an export noted, under way ({@link #lookAtFiles}): the same question as
     * before, a {@code stat} per file, so a page edited, replaced or deleted by hand is still put
     * right; only when it is asked moved.
     */
    static final class FilesLook {
        private final Noted noted;
        private final List<Future<List<String>>> parts;
        // Run once on the caller's thread when the answer is first asked for, after the parts; null: nothing.
        private final Callable<List<String>> last;
        private Set<String> touched;
        private boolean failed;

        private FilesLook(Noted noted, List<Future<List<String>>> parts, Callable<List<String>> last) {
            this.noted = noted;
            this.parts = parts;
            this.last = last;
        }

        /** The paths that are not as the last export left them; null when the look failed. */
        Set<String> touched() {
            if (touched != null || failed) {
                return touched;
            }
            Set<String> all = new HashSet<>();
            try {
                for (var part : parts) {
                    all.addAll(part.get());
                }
                if (last != null) {
                    all.addAll(last.call());
                }
                touched = all;
                return touched;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed = true;
                return null;
            } catch (Exception e) {
                failed = true;
                return null;
            }
        }
    }

    /** Writes a portfolio's canonical bytes: same content, same bytes (the store's JSON). */
    @FunctionalInterface
    public interface CanonicalForm {
        void write(Portfolio portfolio, OutputStream out) throws IOException;
    }

    /** The input's hash, or empty when it cannot be told cheaply (then every export renders). */
    static Optional<String> fingerprint(CanonicalForm canonical, Portfolio portfolio, Path portfolioDir, ExportOptions options,
                                        Path outDir) {
        return fingerprint("canonical", portfolioDir, options, outDir, out -> canonical.write(portfolio, out));
    }

    /**
     * As {@link #fingerprint(CanonicalForm, Portfolio, Path, ExportOptions, Path)} for a portfolio
     * known by its records' content keys ({@link RecordKeys}, as every page's key is): in the
     * editor's process those of the records an edit did not touch are known already, where
     * writing the canonical form costs the whole portfolio every time.
     */
    static Optional<String> fingerprint(long portfolioKey, Path portfolioDir, ExportOptions options, Path outDir) {
        return fingerprint("records", portfolioDir, options, outDir,
                out -> out.write(hex16(portfolioKey).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * As {@link #fingerprint(CanonicalForm, Portfolio, Path, ExportOptions, Path)} for a portfolio
     * known by the hash of the file it is (to be) loaded from: same file, same content.
     */
    static Optional<String> fingerprint(String fileHash, Path portfolioDir, ExportOptions options, Path outDir) {
        return fingerprint("file", portfolioDir, options, outDir,
                out -> out.write(fileHash.getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<String> fingerprint(String kind, Path portfolioDir, ExportOptions options, Path outDir,
                                                AtomicFile.Content content) {
        MessageDigest digest = ContentHash.newDigest();
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            // The portfolio's folder too: another portfolio of the same content is another input.
            out.write((HEADER + "\n" + BUILD + "\n" + options + "\n" + SiteOrigin.of(portfolioDir) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            Optional<String> files = folderListing(portfolioDir, outDir);
            if (files.isEmpty()) {
                return Optional.empty();
            }
            out.write(files.get().getBytes(StandardCharsets.UTF_8));
            out.write((kind + "\n").getBytes(StandardCharsets.UTF_8));
            java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
            content.writeTo(buffered);
            buffered.flush();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(ContentHash.hex(digest));
    }

    /**
     * The report of an export that would change nothing: the last export had this input, and the
     * folder is still as it left it. Empty when the site has to be rendered.
     */
    Optional<ExportReport> unchanged(String fingerprint) {
        return unchanged(fingerprint, null);
    }

    /** As {@link #unchanged(String)}, taking each file's look from {@code look} when it is of what was noted. */
    Optional<ExportReport> unchanged(String fingerprint, FilesLook look) {
        Noted n = notedStill();
        if (n != null) {
            if (n.fingerprint() == null || !n.fingerprint().equals(fingerprint)) {
                return Optional.empty();
            }
            List<String> pages = new ArrayList<>(n.pages());
            if (look != null && look.noted == n) {
                Set<String> touched = look.touched();
                if (touched == null || !touched.isEmpty()) {
                    return Optional.empty();
                }
                lookedAtAll();
                pages.sort(null);
                return Optional.of(new ExportReport(List.of(), pages, List.of(), List.of(), n.warnings(), List.of()));
            }
            try {
                // Still a look at each file: a page edited or deleted by hand is put right.
                for (String path : pages) {
                    if (!intact(outDir.resolve(path), n.manifestTime())) {
                        return Optional.empty();
                    }
                }
                for (String path : n.assets()) {
                    if (!intact(outDir.resolve(path), n.manifestTime())) {
                        return Optional.empty();
                    }
                }
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
            pages.sort(null);
            return Optional.of(new ExportReport(List.of(), pages, List.of(), List.of(), n.warnings(), List.of()));
        }
        // The manifest first, then the state's first lines: a folder deleted since (rm -rf, then export) or an
        // input that changed is told without reading the rest, a line per file (66 KB at 1,000 publications,
        // 700 KB at 10,000, read on the thread the pages wait for).
        BasicFileAttributes m;
        try {
            m = Files.readAttributes(outDir.resolve(SiteExporter.MANIFEST.fileName()), BasicFileAttributes.class);
        } catch (IOException e) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine()) || !fingerprint.equals(in.readLine())
                    || !(m.size() + " " + m.lastModifiedTime().toMillis()).equals(in.readLine())) {
                return Optional.empty();
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            Set<String> assets = new TreeSet<>();
            List<Diagnostic> warnings = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("asset ")) {
                    assets.add(line.substring(6));
                } else if (line.startsWith("warning ")) {
                    int tab = line.indexOf('\t');
                    warnings.add(Diagnostic.warning(FieldPath.parse(line.substring(8, tab)), unescape(line.substring(tab + 1))));
                }
            }
            List<String> pages = new ArrayList<>();
            for (String path : new OutputFolder(outDir, SiteExporter.MANIFEST).manifestPaths()) {
                if (!intact(outDir.resolve(path), m.lastModifiedTime())) {
                    return Optional.empty();
                }
                if (!assets.contains(path)) {
                    pages.add(path);
                }
            }
            return Optional.of(new ExportReport(List.of(), pages, List.of(), List.of(), warnings, List.of()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The files of the last export into the folder that {@code keys} can keep as they are, each
     * with whether it is a page: each was made from the input its key now names, and is as that
     * export left it (the manifest unchanged since, the file no newer than it). Empty when nothing
     * can be kept.
     */
    Map<String, Boolean> keptFiles(Map<String, Long> keys) {
        return keptFiles(keys, null);
    }

    /**
     * Whether {@link #keptFiles} may keep any file: not when the folder holds no manifest (a new
     * folder, or one deleted since the last export), told by one look. Then no page's key is needed
     * before the pages are rendered, only for {@link #record} after them.
     */
    boolean mayKeepFiles() {
        try {
            Files.readAttributes(outDir.resolve(SiteExporter.MANIFEST.fileName()), BasicFileAttributes.class);
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // as keptFiles finds it: nothing to keep
        }
    }

    /** As {@link #keptFiles(Map)}, taking each file's look from {@code look} when it is of what was noted. */
    Map<String, Boolean> keptFiles(Map<String, Long> keys, FilesLook look) {
        Map<String, Boolean> kept = new HashMap<>();
        Noted n = notedStill();
        if (n != null) {
            if (look != null && look.noted == n) {
                Set<String> touched = look.touched();
                return touched == null ? Map.of() : new KeptByNote(n, keys, touched);
            }
            return new KeptByNote(n, keys, null);
        }
        try {
            // The manifest first: without one (a new folder) the state file is not read at all.
            Path manifest = outDir.resolve(SiteExporter.MANIFEST.fileName());
            BasicFileAttributes m = Files.readAttributes(manifest, BasicFileAttributes.class);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 3 || !lines.get(0).equals(HEADER)
                    || !lines.get(2).equals(m.size() + " " + m.lastModifiedTime().toMillis())) {
                return Map.of();
            }
            Set<String> assets = new HashSet<>();
            for (String line : lines.subList(3, lines.size())) {
                if (line.startsWith("asset ")) {
                    assets.add(line.substring(6));
                } else if (line.startsWith("key ") && line.length() > 21 && line.charAt(20) == ' ') {
                    String path = line.substring(21);
                    Long now = keys.get(path);
                    if (now != null && now == Long.parseUnsignedLong(line.substring(4, 20), 16)
                            && intact(outDir.resolve(path), m.lastModifiedTime())) {
                        kept.put(path, true);
                    }
                }
            }
            assets.forEach(a -> kept.replace(a, false));
            return kept;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /**
     * The files {@link #keptFiles} keeps by what this object noted, each told when asked for
     * (the plan asks once per file) instead of filling a map of 11,000 entries first.
     */
    private final class KeptByNote extends java.util.AbstractMap<String, Boolean> {
        private final Noted noted;
        private final Map<String, Long> keys;
        // The files a look found not as noted; null: each file is looked at here.
        private final Set<String> touched;

        KeptByNote(Noted noted, Map<String, Long> keys, Set<String> touched) {
            this.noted = noted;
            this.keys = keys;
            this.touched = touched;
        }

        @Override
        public Boolean get(Object path) {
            Long was = noted.keys().get(path);
            Long now = was == null ? null : keys.get(path);
            if (now == null || now.longValue() != was.longValue()) {
                return null;
            }
            if (touched != null) {
                return touched.contains(path) ? null : !noted.assets().contains(path);
            }
            try {
                // Still a look at each file: a page edited or deleted by hand is rendered again.
                return intact(outDir.resolve((String) path), noted.manifestTime()) ? !noted.assets().contains(path) : null;
            } catch (IOException | RuntimeException e) {
                return null; // rendered again: always right, only slower
            }
        }

        @Override
        public boolean containsKey(Object path) {
            return get(path) != null;
        }

        @Override
        public java.util.Set<Map.Entry<String, Boolean>> entrySet() {
            Map<String, Boolean> all = new HashMap<>();
            for (String path : noted.keys().keySet()) {
                Boolean page = get(path);
                if (page != null) {
                    all.put(path, page);
                }
            }
            return all.entrySet();
        }
    }

    /**
     * The per-file part of the state file the last {@link #record} wrote ("asset" and "key" lines in
     * the export's order) and where each key's hex digits are in it, so that the next export of the
     * same files (after an edit: only a few pages' keys differ) overwrites those digits instead of
     * writing 11,000 lines out again.
     *
     * @param keyAt where file {@code i}'s key's 16 hex digits start in {@code lines}, or -1 (no key)
     */
    private record FileLines(String[] paths, boolean[] page, long[] keys, int[] keyAt, byte[] lines, int keyed,
                             Set<String> assets, List<String> pages, boolean pagesKeyed) {
        /** The keys of {@code files} by index, when they are the same files as these lines' (else null). */
        long[] keysOfSame(List<OutputFile> files, Map<String, Long> pageKeys) {
            if (files.size() != paths.length) {
                return null;
            }
            long[] now = new long[paths.length];
            for (int i = 0; i < paths.length; i++) {
                OutputFile f = files.get(i);
                Long key = pageKeys.get(f.path());
                if (f.page() != page[i] || (key != null) != (keyAt[i] >= 0) || !f.path().equals(paths[i])) {
                    return null;
                }
                now[i] = key == null ? 0 : key;
            }
            return now;
        }

        /** These lines with the keys {@code now} (of the same files) written in. */
        FileLines withKeys(long[] now) {
            byte[] patched = lines.clone();
            for (int i = 0; i < now.length; i++) {
                if (keyAt[i] >= 0 && now[i] != keys[i]) {
                    byte[] hex = hex16(now[i]).getBytes(StandardCharsets.US_ASCII);
                    System.arraycopy(hex, 0, patched, keyAt[i], hex.length);
                }
            }
            return new FileLines(paths, page, now, keyAt, patched, keyed, assets, pages, pagesKeyed);
        }

        /** The lines of {@code files} with their keys from {@code pageKeys}, written afresh. */
        static FileLines of(List<OutputFile> files, Map<String, Long> pageKeys) {
            int n = files.size();
            String[] paths = new String[n];
            boolean[] page = new boolean[n];
            long[] keys = new long[n];
            int[] keyAt = new int[n];
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(100 * n);
            int keyed = 0;
            Set<String> assets = new HashSet<>();
            List<String> pages = new ArrayList<>();
            boolean pagesKeyed = true;
            for (int i = 0; i < n; i++) {
                OutputFile f = files.get(i);
                Long key = pageKeys.get(f.path());
                byte[] path = (f.path() + "\n").getBytes(StandardCharsets.UTF_8);
                paths[i] = f.path();
                page[i] = f.page();
                if (!f.page()) {
                    out.writeBytes("asset ".getBytes(StandardCharsets.US_ASCII));
                    out.writeBytes(path);
                    assets.add(f.path());
                } else {
                    pages.add(f.path());
                    pagesKeyed &= key != null;
                }
                keyAt[i] = -1;
                if (key != null) {
                    out.writeBytes("key ".getBytes(StandardCharsets.US_ASCII));
                    keyAt[i] = out.size();
                    keys[i] = key;
                    out.writeBytes((hex16(key) + " ").getBytes(StandardCharsets.US_ASCII));
                    out.writeBytes(path);
                    keyed++;
                }
            }
            // Shared by the exports that patch these lines: never changed.
            return new FileLines(paths, page, keys, keyAt, out.toByteArray(), keyed, java.util.Collections.unmodifiableSet(assets),
                    java.util.Collections.unmodifiableList(pages), pagesKeyed);
        }
    }

    /**
     * Notes what the export just written was made from: the whole input's {@code fingerprint}
     * (null when it was not told), and each page's key. Nothing is noted (so the next export
     * renders) when a warning cannot be told again as it was.
     */
    void record(String fingerprint, List<OutputFile> files, List<Diagnostic> warnings, Map<String, Long> pageKeys) {
        noted = null;
        FileLines last = fileLines;
        // Taken over by this export's lines, and forgotten should anything below fail.
        fileLines = null;
        StringBuilder head = new StringBuilder(HEADER).append('\n').append(fingerprint == null ? "-" : fingerprint).append('\n');
        try {
            BasicFileAttributes m = Files.readAttributes(outDir.resolve(SiteExporter.MANIFEST.fileName()), BasicFileAttributes.class);
            head.append(m.size()).append(' ').append(m.lastModifiedTime().toMillis()).append('\n');
            long[] sameFilesKeys = last == null ? null : last.keysOfSame(files, pageKeys);
            FileLines lines = sameFilesKeys != null ? last.withKeys(sameFilesKeys) : FileLines.of(files, pageKeys);
            StringBuilder tail = new StringBuilder();
            for (Diagnostic w : warnings) {
                Diagnostic again = Diagnostic.warning(FieldPath.parse(w.field().toString()), w.message());
                if (!again.equals(w)) {
                    Files.deleteIfExists(file);
                    return;
                }
                tail.append("warning ").append(w.field()).append('\t').append(escape(w.message())).append('\n');
            }
            Map<String, Long> keys;
            if (lines.keyed() == pageKeys.size()) {
                // Every key is a file's: the exporter's map is noted as it is (it never changes it
                // again) rather than copied, 11,000 entries per export at 10,000 publications.
                keys = java.util.Collections.unmodifiableMap(pageKeys);
            } else {
                keys = new HashMap<>();
                for (OutputFile f : files) {
                    Long key = pageKeys.get(f.path());
                    if (key != null) {
                        keys.put(f.path(), key);
                    }
                }
            }
            byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
            byte[] end = tail.toString().getBytes(StandardCharsets.UTF_8);
            byte[] text = new byte[start.length + lines.lines().length + end.length];
            System.arraycopy(start, 0, text, 0, start.length);
            System.arraycopy(lines.lines(), 0, text, start.length, lines.lines().length);
            System.arraycopy(end, 0, text, start.length + lines.lines().length, end.length);
            writeCache(file, text);
            // Noted only once the file holds it too: memory never knows more than the file.
            noted = new Noted(fingerprint, m.size(), m.lastModifiedTime(), keys, lines.assets(), lines.pages(),
                    lines.pagesKeyed(), List.copyOf(warnings));
            fileLines = lines;
            lookedAtAll();
            startWatch(noted);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // Only a cache: at worst the next export renders everything.
            }
        }
    }

    /**
     * Puts {@code bytes} in place by a rename, so a reader sees the old file or the new one, but
     * without flushing them to the disk: a state lost in a crash costs one export rendering
     * everything, where waiting for the disk cost the editor's every export (the portfolio's own
     * saves do flush, {@link AtomicFile}).
     */
    private static void writeCache(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = newTemporary(target);
        try {
            OutputFile.writeBytes(tmp, bytes);
            AtomicFile.move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    // The temporary files of this process, for their names.
    private static final java.util.concurrent.atomic.AtomicLong TEMPORARIES = new java.util.concurrent.atomic.AtomicLong();
    // Names tried before giving up: each one taken is another process's temporary file.
    private static final int TEMPORARY_NAMES_TRIED = 100;

    /**
     * A new, empty file beside {@code target}, made by this call alone and readable by its owner only, as
     * {@code Files.createTempFile} makes one, but named by a time and a count instead of a random number:
     * its {@code SecureRandom} was the process's first, set up on the main thread after the commit (the
     * provider's classes, its seed, and two method-handle classes made at run time), the last thing the
     * export waits for. Made with {@code CREATE_NEW}, so a name someone else took is never written through.
     */
    static Path newTemporary(Path target) throws IOException {
        return newTemporary(target, System.nanoTime());
    }

    /** As {@link #newTemporary(Path)}, the name made from {@code time}. */
    static Path newTemporary(Path target, long time) throws IOException {
        Path dir = target.getParent();
        java.nio.file.attribute.FileAttribute<?>[] ownerOnly = dir.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new java.nio.file.attribute.FileAttribute<?>[] {java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"))}
                : new java.nio.file.attribute.FileAttribute<?>[0];
        java.nio.file.FileAlreadyExistsException taken = null;
        for (int i = 0; i < TEMPORARY_NAMES_TRIED; i++) {
            Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(time) + "-"
                    + TEMPORARIES.incrementAndGet() + ".tmp");
            try {
                return Files.createFile(tmp, ownerOnly);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                taken = e;
            }
        }
        throw taken;
    }

    /** {@code key} as 16 hex digits (String.format per page showed in a warm re-export's profile). */
    private static String hex16(long key) {
        String hex = Long.toHexString(key);
        return "0".repeat(16 - hex.length()) + hex;
    }

    private static boolean intact(Path path, FileTime manifestTime) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return a.isRegularFile() && a.lastModifiedTime().compareTo(manifestTime) <= 0;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Every file of the portfolio folder but portfolio.json's own, hidden folders and the output. */
    static Optional<String> folderListing(Path portfolioDir, Path outDir) throws IOException {
        StringBuilder listing = new StringBuilder();
        Path root = portfolioDir.toAbsolutePath().normalize();
        Path out = outDir.toAbsolutePath().normalize();
        int[] count = {0};
        if (!Files.isDirectory(root)) {
            return Optional.of("");
        }
        List<String> entries = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                return hidden || dir.equals(out) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                String name = f.getFileName().toString();
                if (!name.startsWith("portfolio.json")) {
                    entries.add(root.relativize(f) + "\t" + attrs.size() + "\t" + attrs.lastModifiedTime().toMillis());
                }
                return ++count[0] > MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        if (count[0] > MAX_FILES) {
            return Optional.empty();
        }
        entries.sort(null);
        entries.forEach(e -> listing.append(e).append('\n'));
        return Optional.of(listing.toString());
    }

    /** The jar (or class folder) this code came from, by size and time: another build may export differently. */
    private static String buildIdentity() {
        try {
            Path code = Path.of(ExportState.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
            long[] newest = {0, 0};
            Files.walkFileTree(code, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    newest[0] = Math.max(newest[0], attrs.lastModifiedTime().toMillis());
                    newest[1] += attrs.size();
                    return FileVisitResult.CONTINUE;
                }
            });
            return code + " " + newest[1] + " " + newest[0];
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknown build: a fresh value each run, so nothing is ever taken as unchanged.
            return "unknown " + HexFormat.of().formatHex(java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
