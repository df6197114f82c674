package org.scholarfolio.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;


/**
 * A folder an export writes into (the site, the al-folio site, the site a publish pushes), guarded
 * so that an export replaces only files an earlier export wrote. A manifest (one "check path" line
 * per file, the check a {@link ChangeCheck}, or a SHA-256 in folders earlier versions wrote) records them; changed files are first written to a staging folder beside the output and
 * then moved into place, so a failed export never leaves half a file, and an unchanged folder is
 * not touched at all. A file an earlier export wrote and this one does not is removed, unless
 * someone changed it since. The manifest may name what the files were made from (its origin, a
 * line under the header), so that an export made from something else can tell ({@link
 * Staging#otherOrigin}) before it replaces them.
 */
public final class OutputFolder {

    /** The manifest's file name in the folder and its first line, saying which export keeps it. */
    public record Manifest(String fileName, String header) {
    }

    /** The start of the manifest's line that names its origin, under the header. */
    static final String ORIGIN_LINE = "# made from ";

    public record Result(List<String> pagesWritten, List<String> pagesUnchanged, List<String> filesCopied,
                         List<String> filesRemoved) {
    }

    /**
     * The manifest as an export left it: its entries (path to check) and the file's size and time,
     * with the export's files' paths in the order it was handed them and the order that sorts them
     * (null when not known). The next export in the same process uses the entries instead of
     * reading and parsing the file again, as long as the file still has that size and time, and the
     * order instead of sorting 11,000 paths again when it is handed the same paths in the same order.
     * It also keeps the manifest's bytes, so that an export of the same paths with a few checks
     * changed (after one edit) patches those lines instead of writing 11,000 lines out again.
     */
    public static final class Written {
        private final Map<String, String> entries;
        private final List<String> filePaths;
        private final int[] sorting;
        private final long size;
        private final FileTime time;
        // The entries' own map, handed on to the next export's Written when that patches it.
        private final Map<String, String> own;
        private final List<String> ownPaths;
        // Each file's check by its index in filePaths, the manifest's bytes, and where each line
        // starts in them by sorted position (one more: the end); null when not known.
        private final String[] checks;
        private final byte[] text;
        private final int[] lineStarts;
        // The origin the manifest names (null: none).
        private final String origin;
        // Set once the next export has taken over (and changed) the entries' map: not to be used again.
        private volatile boolean superseded;

        public Written(Map<String, String> entries, List<String> filePaths, int[] sorting, long size, FileTime time) {
            this(entries, filePaths, sorting, size, time, null, null, null, null);
        }

        private Written(Map<String, String> entries, List<String> filePaths, int[] sorting, long size, FileTime time,
                        String[] checks, byte[] text, int[] lineStarts, String origin) {
            this.own = entries;
            this.ownPaths = filePaths;
            this.entries = java.util.Collections.unmodifiableMap(entries);
            this.filePaths = java.util.Collections.unmodifiableList(filePaths);
            this.sorting = sorting;
            this.size = size;
            this.time = time;
            this.checks = checks;
            this.text = text;
            this.lineStarts = lineStarts;
            this.origin = origin;
        }

        public Map<String, String> entries() {
            return entries;
        }

        public List<String> filePaths() {
            return filePaths;
        }

        public int[] sorting() {
            return sorting;
        }

        public long size() {
            return size;
        }

        public FileTime time() {
            return time;
        }

        /** Whether {@code attributes} are those of the manifest this export left. */
        boolean isStill(BasicFileAttributes attributes) {
            return !superseded && attributes.isRegularFile() && attributes.size() == size
                    && attributes.lastModifiedTime().equals(time);
        }

        /**
         * Whether the manifest's lines can be patched for {@code files} made from {@code origin}: the
         * same paths in the same order, and the same origin (its line is copied with the others).
         */
        boolean patchableFor(List<OutputFile> files, String origin) {
            if (text == null || sorting == null || checks == null || filePaths.size() != files.size()
                    || !java.util.Objects.equals(origin, this.origin)) {
                return false;
            }
            for (int i = 0; i < files.size(); i++) {
                if (!files.get(i).path().equals(filePaths.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    // From this size on, a changed file's old copy is removed before the new one is moved in (see writeChanged).
    static final long BIG_FILE = 1 << 20;
    // Manifests of earlier versions hold SHA-256s: read, compared, and replaced as files are written.
    private static final int SHA_256_HEX = 64;

    private final Path outDir;
    private final Manifest manifestFile;
    // What this export's files are made from, named in the manifest; null: nothing named or checked.
    private final String origin;
    // How an earlier version named the same origin (null: none): taken as this origin, and renamed.
    private final String formerOrigin;

    public OutputFolder(Path outDir, Manifest manifest) {
        this(outDir, manifest, null);
    }

    /**
     * A folder whose manifest names {@code origin} (one line of text, published with the files) as
     * what its files were made from; an export of another origin can tell ({@link Staging#otherOrigin}).
     */
    public OutputFolder(Path outDir, Manifest manifest, String origin) {
        this(outDir, manifest, origin, null);
    }

    /**
     * As above, a manifest that names {@code formerOrigin} (how an earlier version named the same
     * origin) being taken as this origin's; the export writes the manifest again with {@code origin}.
     */
    public OutputFolder(Path outDir, Manifest manifest, String origin, String formerOrigin) {
        if (origin != null && (origin.isBlank() || origin.indexOf('\n') >= 0 || origin.indexOf('\r') >= 0)) {
            throw new IllegalArgumentException("an origin is one line of text: " + origin);
        }
        this.outDir = outDir.toAbsolutePath().normalize();
        this.manifestFile = manifest;
        this.origin = origin;
        this.formerOrigin = formerOrigin;
    }

    /** Why {@code outDir} must not be written to, or empty when it is fine. */
    public static Optional<String> refusal(Path outDir, Path portfolioDir) {
        Path out = outDir.toAbsolutePath().normalize();
        Path portfolio = portfolioDir.toAbsolutePath().normalize();
        try {
            if (Files.exists(out)) {
                out = out.toRealPath();
            }
            if (Files.exists(portfolio)) {
                portfolio = portfolio.toRealPath();
            }
        } catch (IOException e) {
            return Optional.of("cannot resolve the output folder " + outDir + ": " + e.getMessage());
        }
        if (out.getParent() == null || out.equals(out.getRoot())) {
            return Optional.of("refusing to export into the file-system root " + out);
        }
        if (out.equals(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize())) {
            return Optional.of("refusing to export into the home folder " + out);
        }
        if (portfolio.startsWith(out)) {
            return Optional.of("refusing to export into " + out + ": it holds the portfolio itself (the portfolio folder "
                    + portfolio + "); choose another folder");
        }
        if (out.startsWith(portfolio.resolve("assets"))) {
            return Optional.of("refusing to export into " + out + ": it is inside the portfolio's assets folder; choose"
                    + " another folder");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return Optional.of("the output " + out + " is a file, not a folder");
        }
        return Optional.empty();
    }

    /** Whether the folder is missing, empty, or was written by this kind of export before. */
    public boolean isEmptyOrOurs() throws IOException {
        if (!Files.isDirectory(outDir)) {
            return !Files.exists(outDir);
        }
        return AtomicFolder.isEmpty(outDir) || Files.isRegularFile(outDir.resolve(manifestFile.fileName()));
    }

    /** Files in the output folder that this export would overwrite although no export wrote them. */
    public List<String> foreignFiles(List<OutputFile> files) throws IOException {
        return foreignFiles(files, readManifest().entries());
    }

    private List<String> foreignFiles(List<OutputFile> files, Map<String, String> previous) {
        if (!Files.exists(outDir)) {
            // No folder, no file in it: not asked of each of the site's thousand files (a system call each, on the
            // thread that then moves the site in)
            return List.of();
        }
        List<String> foreign = new ArrayList<>();
        for (OutputFile f : files) {
            // A kept file is the last export's: the commit refuses one the manifest does not list.
            if (!f.isKept() && !previous.containsKey(f.path()) && Files.exists(outDir.resolve(f.path()))) {
                foreign.add(f.path());
            }
        }
        return foreign;
    }

    /** Writes {@code files}; the error of a failure names the folder and the cause, never the staging folder. */
    public Result write(List<OutputFile> files) throws IOException {
        try (Staging staging = stage()) {
            return staging.commit(files);
        }
    }

    /**
     * Starts writing: files handed to {@link Staging#add} (from any thread) are checked and, when
     * the folder does not hold them yet, written to a staging folder beside it at once, so that no
     * export keeps every page in memory; {@link Staging#commit} then moves them into place.
     * Closing it removes whatever was not committed.
     */
    public Staging stage() throws IOException {
        return stage(null);
    }

    /**
     * As {@link #stage()}, taking the manifest's entries from {@code known} (what an earlier export
     * of this process left, see {@link Staging#manifest}) when the file is still as that export
     * left it; null or a changed file: the manifest is read.
     */
    public Staging stage(Written known) throws IOException {
        try {
            return new Staging(known);
        } catch (IOException e) {
            throw DiskWriteException.of(outDir, e);
        }
    }

    // The stagings of this process, for their folders' names.
    private static final AtomicLong STAGINGS = new AtomicLong();
    // Names tried before a staging gives up: each one taken is something else's (or a dead export's) folder.
    private static final int STAGING_NAMES_TRIED = 100;

    /**
     * The name of staging folder number {@code count} of this process for {@code outDir}, beside it: a
     * time and a count, not a random number (a {@code UUID}'s {@code SecureRandom} was a fresh process's
     * first use of it, ~3 ms of the main thread with its provider's classes).
     */
    static Path stagingFolder(Path outDir, long count, long time) {
        return outDir.getParent().resolve("." + outDir.getFileName() + ".staging-" + Long.toHexString(time) + "-" + count);
    }

    /** How many staging folders this process has named so far (tests know the next names). */
    static long stagingsNamed() {
        return STAGINGS.get();
    }

    /**
     * A new, empty staging folder beside {@code outDir}, made by this call alone. Its name need not be
     * unguessable: it is made with {@code mkdir}, which fails when anything is there already (a folder,
     * a file, a symbolic link planted by someone who guessed the name), and then the next name is
     * tried; nothing is written through a path this export did not make.
     */
    static Path makeStagingFolder(Path outDir, long time) throws IOException {
        Files.createDirectories(outDir.getParent());
        FileAlreadyExistsException taken = null;
        for (int i = 0; i < STAGING_NAMES_TRIED; i++) {
            try {
                return Files.createDirectory(stagingFolder(outDir, STAGINGS.incrementAndGet(), time));
            } catch (FileAlreadyExistsException e) {
                taken = e;
            }
        }
        throw taken;
    }

    /** One export's files on their way into the folder (see {@link #stage}). */
    public final class Staging implements AutoCloseable {
        private final Map<String, String> previous;
        // The origin the manifest in the folder names, or null (none, or no manifest).
        private final String previousOrigin;
        // What the last export of this process left, when the manifest is still as it left it.
        private final Written last;
        private final FileTime manifestTime;
        // Made when the first file is staged, or at the commit (an export that writes nothing makes none).
        private volatile Path folder;
        private final Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
        // Into an existing folder, pages are staged side by side in the staging folder (numbered)
        // rather than in a copy of the site's tree: after one edit that tree was ten of the
        // commit's fourteen mkdirs. A new folder is staged as a tree and moved into place whole.
        private final boolean flat;
        private final java.util.concurrent.atomic.AtomicInteger stagedCount = new java.util.concurrent.atomic.AtomicInteger();
        private Written written;

        private Staging(Written known) throws IOException {
            Path manifest = outDir.resolve(manifestFile.fileName());
            BasicFileAttributes attributes = attributesOrNull(manifest);
            manifestTime = attributes != null && attributes.isRegularFile() ? attributes.lastModifiedTime() : null;
            boolean knownStill = known != null && attributes != null && known.isStill(attributes);
            ManifestRead read = knownStill ? null : readManifest();
            previous = knownStill ? known.entries() : read.entries();
            previousOrigin = knownStill ? known.origin : read.origin();
            last = knownStill ? known : null;
            flat = Files.isDirectory(outDir);
        }

        /**
         * {@code file} without its bytes: checked, and written to the staging folder unless the
         * output folder holds exactly these bytes. Kept and copied files are returned as they are.
         */
        public OutputFile add(OutputFile file) throws IOException {
            if (file.isKept() || file.isStaged() || file.source() != null) {
                return file;
            }
            try {
                if (file.pieces() != null) {
                    return addPieces(file);
                }
                String check = file.contentCheck();
                // Into a folder that was not there when the export began, nothing is in place: no look-up of
                // the page (on a missing file it threw two exceptions, a stack trace each, per page).
                if (flat && isInPlace(file, check, previous.get(file.path()), manifestTime)) {
                    return OutputFile.staged(file.path(), file.page(), check, null);
                }
                Path target = stagedPath(file);
                file.writeTo(target);
                return OutputFile.staged(file.path(), file.page(), check, target);
            } catch (IOException e) {
                throw DiskWriteException.of(outDir, e);
            }
        }

        /**
         * A file of pieces (the site's two files made from every publication, 8 MB each at 10,000) is written
         * to the staging folder and checked as it is written, then compared with the file in place, and the
         * staged copy dropped when they are the same. Each piece is read once: the check, the size and the
         * write took a pass each before, and pieces made on read ({@link OutputFile#ofPiecesMadeOnRead}) were
         * made three times.
         */
        private OutputFile addPieces(OutputFile file) throws IOException {
            Path staged = stagedPath(file);
            String check = file.writeCheckedTo(staged);
            if (!flat) {
                return OutputFile.staged(file.path(), file.page(), check, staged);
            }
            Path target = outDir.resolve(file.path());
            Boolean known = knownInPlace(target, ChangeCheck.lengthOf(check), check, previous.get(file.path()), manifestTime);
            if (known != null ? known : Files.mismatch(staged, target) == -1L) {
                Files.delete(staged);
                return OutputFile.staged(file.path(), file.page(), check, null);
            }
            return OutputFile.staged(file.path(), file.page(), check, staged);
        }

        /** The staging folder, made by the first thread that asks ({@link #makeStagingFolder}). */
        private Path folder() throws IOException {
            Path made = folder;
            if (made == null) {
                synchronized (this) {
                    made = folder;
                    if (made == null) {
                        made = makeStagingFolder(outDir, System.nanoTime());
                        folder = made;
                    }
                }
            }
            return made;
        }

        /** Where {@code file} goes in the staging folder, its folder made. */
        private Path stagedPath(OutputFile file) throws IOException {
            Path folder = folder();
            Path target = folder.resolve(file.path());
            if (!target.normalize().startsWith(folder)) {
                throw new IOException(file.path() + " is outside the folder");
            }
            if (flat) {
                // A number only: two pages of the same name (index.html) never meet, and a page's
                // name near the system's limit is not made longer.
                target = folder.resolve(Integer.toString(stagedCount.incrementAndGet()));
            }
            // Noted only once made: another thread may be making the same folder right now.
            if (!folders.contains(target.getParent())) {
                Files.createDirectories(target.getParent());
                folders.add(target.getParent());
            }
            return target;
        }

        /**
         * The origin the folder's manifest names when it is not this export's: its files were made
         * from something else. Empty when they were made from the same, the manifest names none
         * (written before manifests named one) or this export names none.
         */
        public Optional<String> otherOrigin() {
            return origin == null || previousOrigin == null || previousOrigin.equals(origin)
                    || previousOrigin.equals(formerOrigin) ? Optional.empty() : Optional.of(previousOrigin);
        }

        /** As {@link OutputFolder#foreignFiles}, from the manifest read when this staging began. */
        public List<String> foreignFiles(List<OutputFile> files) {
            return OutputFolder.this.foreignFiles(files, previous);
        }

        /** Moves the changed files into place, writes the manifest and removes what is no longer written. */
        public Result commit(List<OutputFile> files) throws IOException {
            try {
                NextManifest next = new NextManifest();
                Result result = writeChanged(files, previous, previousOrigin, last, next, manifestTime, this, flat);
                BasicFileAttributes attributes = attributesOrNull(outDir.resolve(manifestFile.fileName()));
                if (next.patchedFrom != null) {
                    // Its entries' map is this one's now (and changed): the last one is not to be used again.
                    next.patchedFrom.superseded = true;
                }
                written = attributes == null ? null : new Written(next.entries,
                        next.patchedFrom != null ? next.patchedFrom.ownPaths : files.stream().map(OutputFile::path).toList(),
                        next.sorting, attributes.size(), attributes.lastModifiedTime(), next.checks, next.text, next.lineStarts,
                        origin);
                return result;
            } catch (IOException e) {
                throw DiskWriteException.of(outDir, e);
            }
        }

        /** The manifest as {@link #commit} left it, for the next export's {@link #stage(Written)}; null before. */
        public Written manifest() {
            return written;
        }

        @Override
        public void close() {
            Path made = folder;
            if (made != null) {
                AtomicFolder.deleteTreeQuietly(made);
            }
        }
    }

    private static BasicFileAttributes attributesOrNull(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** What {@link #writeChanged} leaves for the next export's {@link Written}. */
    private static final class NextManifest {
        Map<String, String> entries;
        int[] sorting;
        String[] checks;
        byte[] text;
        int[] lineStarts;
        // The last export's Written whose entries (and lines) were patched into these, or null.
        Written patchedFrom;
    }

    /**
     * Writes what changed; {@code next} receives the new manifest's entries, the order of
     * {@code files} that sorts their paths (taken from {@code last} when it was handed the same
     * paths in the same order; null when the manifest lists a path twice) and its bytes.
     */
    private Result writeChanged(List<OutputFile> files, Map<String, String> previous, String previousOrigin, Written last,
                                NextManifest next, FileTime manifestTime, Staging stagedIn, boolean flat)
            throws IOException {
        // Each file's check: a kept file's is the manifest's (and a kept file the manifest does not
        // list is refused), a staged page's is known; only the others are hashed, in parallel.
        String[] hashes = new String[files.size()];
        List<Integer> toHash = new ArrayList<>();
        int listed = 0;
        ConfinedPath.WriteCheck confined = new ConfinedPath.WriteCheck(outDir);
        for (int i = 0; i < hashes.length; i++) {
            OutputFile f = files.get(i);
            if (f.isKept()) {
                // A kept file is neither read nor written, and the manifest that lists it admits only
                // paths inside the folder (readManifest): nothing to resolve for it.
                hashes[i] = previous.get(f.path());
                if (hashes[i] == null) {
                    throw new IOException("the last export's manifest does not list " + f.path() + "; export again");
                }
                listed++;
                continue;
            }
            if (!outDir.resolve(f.path()).normalize().startsWith(outDir)
                    || confined.writeEscapes(Path.of(f.path()))) {
                throw new IOException(f.path() + " would be written through a link that leads outside " + outDir
                        + "; remove the link and export again");
            }
            if (previous.containsKey(f.path())) {
                listed++;
            }
            if (f.isStaged()) {
                hashes[i] = f.check();
            } else {
                toHash.add(i);
            }
        }
        Path manifest = outDir.resolve(manifestFile.fileName());
        try {
            if (toHash.size() > 1) {
                toHash.parallelStream().forEach(i -> hashes[i] = hashOf(files.get(i)));
            } else {
                // One file or none (a full export's files come staged, checked): no thread of the common pool
                // started for it, on the thread that commits while no other works.
                for (int i : toHash) {
                    hashes[i] = hashOf(files.get(i));
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        // The same paths in the same order as the last export (the editor's export after an edit):
        // its entries and manifest lines stand, but for the checks that differ.
        boolean patch = last != null && last.patchableFor(files, origin);
        List<Integer> differing = new ArrayList<>();
        Map<String, String> entries = null;
        if (patch) {
            for (int i = 0; i < hashes.length; i++) {
                if (!hashes[i].equals(last.checks[i])) {
                    differing.add(i);
                }
            }
        } else {
            // Looked up by path only (the manifest is written sorted): no order to keep.
            entries = new HashMap<>(files.size() * 4 / 3 + 1);
            for (int i = 0; i < files.size(); i++) {
                entries.put(files.get(i).path(), hashes[i]);
            }
        }
        List<OutputFile> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            OutputFile f = files.get(i);
            boolean written = f.isStaged() ? f.source() != null
                    : !f.isKept() && (!flat || !isInPlace(f, hashes[i], previous.get(f.path()), manifestTime));
            if (written) {
                changed.add(f);
            } else if (f.page()) {
                unchanged.add(f.path());
            }
        }
        List<String> stale = new ArrayList<>();
        // Every listed path written again, each once: nothing is stale, and 11,000 look-ups are spared.
        boolean allListedAgain = patch || entries.size() == files.size() && listed == previous.size();
        Map<String, String> nextEntries = entries;
        for (String path : allListedAgain ? List.<String>of()
                : previous.keySet().stream().filter(p -> !nextEntries.containsKey(p)).sorted().toList()) {
            if (isAsWritten(outDir.resolve(path), previous.get(path))) {
                stale.add(path);
            }
        }
        // A manifest that names another origin, or none, is written again to name this one.
        boolean originStays = origin == null || origin.equals(previousOrigin);
        if (changed.isEmpty() && stale.isEmpty() && originStays
                && (patch ? differing.isEmpty() : previous.equals(entries))) {
            // Nothing to do: the folder is left exactly as it is, timestamps included.
            if (patch) {
                next.entries = last.own;
                next.sorting = last.sorting;
                next.checks = last.checks;
                next.text = last.text;
                next.lineStarts = last.lineStarts;
                next.patchedFrom = last;
            } else {
                next.entries = entries;
            }
            return new Result(List.of(), unchanged, List.of(), List.of());
        }

        Path staging = stagedIn.folder();
        try {
            List<OutputFile> notStaged = changed.stream().filter(f -> !f.isStaged()).toList();
            // Files not staged yet (theme files, copied files) go in a tree of their own: in a flat
            // staging folder they would meet the numbered pages.
            Path tree = flat ? staging.resolve("tree") : staging;
            createFolders(tree, notStaged);
            for (OutputFile f : notStaged) {
                f.writeTo(tree.resolve(f.path()));
            }
            byte[] text;
            if (patch) {
                next.lineStarts = new int[last.lineStarts.length];
                text = patchedLines(last, files, hashes, differing, next.lineStarts);
                next.sorting = last.sorting;
            } else if (entries.size() == files.size()) {
                next.sorting = sorting(files, last);
                next.lineStarts = new int[files.size() + 1];
                text = manifestBytes(files, hashes, next.sorting, next.lineStarts);
            } else {
                // The same path twice: the manifest lists it once, as the map kept it.
                text = manifestText(entries).getBytes(StandardCharsets.UTF_8);
            }
            OutputFile.writeBytes(staging.resolve(manifestFile.fileName()), text);
            if (!Files.exists(outDir) && !flat) {
                move(staging, outDir);
            } else {
                // Claim every file about to be written first, so that an export interrupted while
                // moving files into place still owns them and the next export may replace them.
                // Files the manifest lists already are owned (after one edit: all of them).
                if (!patch && !changed.stream().allMatch(f -> previous.containsKey(f.path()))) {
                    Map<String, String> claimed = new LinkedHashMap<>(previous);
                    claimed.putAll(entries);
                    Path pending = staging.resolve(manifestFile.fileName() + ".pending");
                    OutputFile.writeBytes(pending, manifestText(claimed).getBytes(StandardCharsets.UTF_8));
                    move(pending, manifest);
                }
                Files.createDirectories(outDir);
                createFolders(outDir, changed);
                for (OutputFile f : changed) {
                    Path from = f.isStaged() ? f.source() : tree.resolve(f.path());
                    Path to = outDir.resolve(f.path());
                    if (Files.size(from) >= BIG_FILE) {
                        // Renaming over a file makes ext4 write the new one's data out at once
                        // (auto_da_alloc: 5-15 ms per 8 MB file). Without the old one in the way it
                        // does not; a kill in between leaves the file missing, which the next export,
                        // looking at each listed file, writes again.
                        Files.deleteIfExists(to);
                    }
                    move(from, to);
                }
                for (String path : stale) {
                    Path gone = outDir.resolve(path);
                    Files.deleteIfExists(gone);
                    removeEmptyParents(gone.getParent());
                }
                move(staging.resolve(manifestFile.fileName()), manifest);
            }
            if (patch) {
                // The manifest is in place: the last export's entries become this one's.
                for (int i : differing) {
                    last.own.put(files.get(i).path(), hashes[i]);
                }
                next.entries = last.own;
                next.patchedFrom = last;
            } else {
                next.entries = entries;
            }
            if (next.lineStarts != null) {
                next.checks = hashes;
                next.text = text;
            }
        } finally {
            AtomicFolder.deleteTreeQuietly(staging);
        }
        // One loop, not two streams' OutputFile::path: the class archive maps one class per lambda shape of a
        // class, and the second was made at run time by every export, on this thread after the last page.
        List<String> written = new ArrayList<>();
        List<String> copied = new ArrayList<>();
        for (OutputFile f : changed) {
            (f.page() ? written : copied).add(f.path());
        }
        return new Result(java.util.Collections.unmodifiableList(written), unchanged,
                java.util.Collections.unmodifiableList(copied), List.copyOf(stale));
    }

    /** A file someone changed since an export wrote it is theirs now: it is never removed. */
    private static boolean isAsWritten(Path file, String recordedHash) throws IOException {
        return Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && (recordedHash.length() == SHA_256_HEX ? ContentHash.ofFile(file) : ChangeCheck.ofFile(file)).equals(recordedHash);
    }

    /**
     * Whether the output folder already holds exactly these bytes. A file the last export wrote and
     * nobody touched since (not newer than the manifest, same size, same hash recorded) is taken
     * as it is; any other file is read and compared, so a hand-edited page is put right again.
     */
    private boolean isInPlace(OutputFile f, String hash, String recordedHash, FileTime manifestTime) throws IOException {
        Path target = outDir.resolve(f.path());
        long size = f.pieces() != null ? ChangeCheck.lengthOf(hash) : -1;
        Boolean known = knownInPlace(target, size >= 0 ? size : f.size(), hash, recordedHash, manifestTime);
        return known != null ? known : f.sameContentAs(target);
    }

    /**
     * Whether {@code target} holds content of {@code size} bytes and check {@code hash}, as far as its attributes
     * and the manifest tell: false when it is missing or of another size, true when the manifest recorded the same
     * check and the file is not newer than the manifest, null when only its content can tell.
     */
    private static Boolean knownInPlace(Path target, long size, String hash, String recordedHash, FileTime manifestTime)
            throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (!attributes.isRegularFile() || attributes.size() != size) {
            return false;
        }
        if (hash.equals(recordedHash) && manifestTime != null && attributes.lastModifiedTime().compareTo(manifestTime) <= 0) {
            return true;
        }
        return null;
    }

    /** Each folder the files go into, made once rather than once per file. */
    private static void createFolders(Path root, List<OutputFile> files) throws IOException {
        Set<Path> folders = new TreeSet<>();
        for (OutputFile f : files) {
            folders.add(root.resolve(f.path()).getParent());
        }
        for (Path folder : folders) {
            Files.createDirectories(folder);
        }
    }

    /** A manifest's entries (path to check) and the origin it names (null: none). */
    private record ManifestRead(Map<String, String> entries, String origin) {
    }

    private ManifestRead readManifest() throws IOException {
        Path manifest = outDir.resolve(manifestFile.fileName());
        Map<String, String> entries = new LinkedHashMap<>();
        if (!Files.isRegularFile(manifest)) {
            return new ManifestRead(entries, null);
        }
        String named = null;
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (named == null && line.startsWith(ORIGIN_LINE) && line.length() > ORIGIN_LINE.length()) {
                named = line.substring(ORIGIN_LINE.length());
                continue;
            }
            int space = line.indexOf(' ');
            if (line.startsWith("#") || space < 0 || !isCheck(line.substring(0, space))) {
                continue;
            }
            // Earlier al-folio exports put two spaces between the hash and the path.
            String path = line.startsWith(" ", space + 1) ? line.substring(space + 2) : line.substring(space + 1);
            // A hand-edited manifest must not let an export reach outside its folder.
            if (outDir.resolve(path).normalize().startsWith(outDir) && !path.isBlank()) {
                entries.put(path, line.substring(0, space));
            }
        }
        return new ManifestRead(entries, named);
    }

    /** The manifest's first lines: the header, and the line naming the origin when there is one. */
    private String headerText() {
        return origin == null ? manifestFile.header() + "\n" : manifestFile.header() + "\n" + ORIGIN_LINE + origin + "\n";
    }

    private String manifestText(Map<String, String> entries) {
        StringBuilder out = new StringBuilder(headerText());
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append(e.getValue()).append(' ').append(e.getKey()).append('\n'));
        return out.toString();
    }

    /**
     * The manifest of {@code files} (each path once) with their {@code checks}, in {@code sorting}'s
     * order, as bytes; {@code lineStarts} receives where each line starts (and, last, the end).
     */
    private byte[] manifestBytes(List<OutputFile> files, String[] checks, int[] sorting, int[] lineStarts) {
        byte[] header = headerText().getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(header, header.length + 80 * files.size());
        int at = header.length;
        for (int k = 0; k < sorting.length; k++) {
            lineStarts[k] = at;
            byte[] line = line(checks[sorting[k]], files.get(sorting[k]).path());
            if (at + line.length > out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, at + line.length));
            }
            System.arraycopy(line, 0, out, at, line.length);
            at += line.length;
        }
        lineStarts[sorting.length] = at;
        return at == out.length ? out : java.util.Arrays.copyOf(out, at);
    }

    private static byte[] line(String check, String path) {
        return (check + ' ' + path + '\n').getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code last}'s manifest with the lines of the files at {@code differing} (indexes into
     * {@code files}, the same paths as {@code last}'s) given their new {@code checks}: the other
     * lines are copied as they are. {@code lineStarts} receives where each line starts now.
     */
    private static byte[] patchedLines(Written last, List<OutputFile> files, String[] checks, List<Integer> differing,
                                       int[] lineStarts) {
        int n = files.size();
        int[] position = new int[n];
        for (int k = 0; k < n; k++) {
            position[last.sorting[k]] = k;
        }
        // The changed lines by their place in the manifest.
        int[] at = differing.stream().mapToInt(i -> position[i]).sorted().toArray();
        byte[][] lines = new byte[at.length][];
        int length = last.text.length;
        for (int d = 0; d < at.length; d++) {
            int i = last.sorting[at[d]];
            lines[d] = line(checks[i], files.get(i).path());
            length += lines[d].length - (last.lineStarts[at[d] + 1] - last.lineStarts[at[d]]);
        }
        byte[] out = new byte[length];
        int from = 0;
        int to = 0;
        for (int d = 0; d < at.length; d++) {
            int start = last.lineStarts[at[d]];
            System.arraycopy(last.text, from, out, to, start - from);
            to += start - from;
            System.arraycopy(lines[d], 0, out, to, lines[d].length);
            to += lines[d].length;
            from = last.lineStarts[at[d] + 1];
        }
        System.arraycopy(last.text, from, out, to, last.text.length - from);
        // Every line after a changed one moves by what the changed ones grew or shrank.
        int shift = 0;
        for (int k = 0, d = 0; k <= n; k++) {
            while (d < at.length && at[d] < k) {
                shift += lines[d].length - (last.lineStarts[at[d] + 1] - last.lineStarts[at[d]]);
                d++;
            }
            lineStarts[k] = last.lineStarts[k] + shift;
        }
        return out;
    }

    /**
     * The order of {@code files} that sorts their paths: {@code last}'s when it was handed the same
     * paths in the same order (after an edit, it was: the plan's order is stable, and comparing
     * the paths, mostly the same strings, costs far less than sorting them), else sorted afresh.
     */
    private static int[] sorting(List<OutputFile> files, Written last) {
        if (last != null && last.sorting() != null && last.filePaths().size() == files.size()) {
            boolean same = true;
            for (int i = 0; i < files.size() && same; i++) {
                same = files.get(i).path().equals(last.filePaths().get(i));
            }
            if (same) {
                return last.sorting();
            }
        }
        String[] paths = new String[files.size()];
        Integer[] order = new Integer[files.size()];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = files.get(i).path();
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> paths[a].compareTo(paths[b]));
        int[] sorting = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            sorting[i] = order[i];
        }
        return sorting;
    }

    /** Removes folders a removed page leaves empty, up to (not including) the output folder. */
    private void removeEmptyParents(Path dir) throws IOException {
        for (Path d = dir; d != null && d.startsWith(outDir) && !d.equals(outDir); d = d.getParent()) {
            try (var entries = Files.list(d)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(d);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        AtomicFile.move(from, to);
    }

    /** A {@link ChangeCheck} ("8 hex digits, 8 more, -length"), or the SHA-256 of earlier versions. */
    private static boolean isCheck(String token) {
        if (token.length() == SHA_256_HEX) {
            return true; // as earlier versions read their own manifests
        }
        // By hand: a regular expression per line cost the unchanged export a tenth of a second.
        if (token.length() < 18 || token.charAt(16) != '-' || !isHex(token, 0, 16)) {
            return false;
        }
        for (int i = 17; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(String token, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = token.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    private static String hashOf(OutputFile f) {
        try {
            return f.contentCheck();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The paths the manifest in the folder lists (none when there is no manifest). */
    public List<String> manifestPaths() throws IOException {
        return List.copyOf(readManifest().entries().keySet());
    }
}
