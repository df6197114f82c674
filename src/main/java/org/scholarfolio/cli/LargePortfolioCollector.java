package org.scholarfolio.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.scholarfolio.store.PortfolioStore;

/**
 * The collector of an editor started on a large portfolio. Reading one, everything read survives,
 * and G1 copies it in pauses that stop the window: up to 400–500 ms at 100,000 publications, and
 * still 70–125 ms with the smallest young generation, since the copies go to old regions touched for
 * the first time. Shenandoah copies beside the program (its pauses stay under 1 ms there) but costs a fifth more
 * processor time per key typed and more memory at 10,000 publications, so only an editor started
 * on a portfolio file of {@link #LARGE_BYTES} or more takes it (ADR
 * {@code editor-collector-chosen-by-the-portfolio.md}). The app image's launcher script makes the
 * same choice ({@code packaging/linux/launcher.sh}), pinned to this class by a test.
 */
public final class LargePortfolioCollector {
    /** From this size of {@code portfolio.json} on (about 30,000 publications) an editor starts on Shenandoah. */
    static final long LARGE_BYTES = 64L << 20;
    /**
     * Shenandoah, giving back a region's memory 5 s after it empties and collecting at least every 10 s, so that an
     * editor at rest returns what the open took (by default it keeps its heap for 5 minutes).
     */
    static final List<String> OPTIONS = List.of("-XX:+UseShenandoahGC", "-XX:+UnlockExperimentalVMOptions",
            "-XX:ShenandoahUncommitDelay=5000", "-XX:ShenandoahGuaranteedGCInterval=10000");

    private LargePortfolioCollector() {
    }

    /** {@link #OPTIONS} when the editor's {@code args} open a large portfolio and this runtime has Shenandoah, else none. */
    static List<String> optionsFor(String[] args) {
        // No method reference passed on: its class would be spun in java -jar's first JVM, on its way to the editor's start.
        return opensLarge(args) && runtimeHasShenandoah() ? OPTIONS : List.of();
    }

    /** {@link #optionsFor(String[])} with the runtime's answer given ({@code hasShenandoah} is asked only for a large portfolio). */
    static List<String> optionsFor(String[] args, BooleanSupplier hasShenandoah) {
        return opensLarge(args) && hasShenandoah.getAsBoolean() ? OPTIONS : List.of();
    }

    /** Do the editor's {@code args} open a large portfolio? */
    private static boolean opensLarge(String[] args) {
        return args.length == 2 && args[0].equals("open") && large(args[1]);
    }

    /** Is the portfolio at {@code folderOrFile} (its folder, or its file) {@link #LARGE_BYTES} or more? False when it cannot be read. */
    public static boolean large(String folderOrFile) {
        try {
            Path path = Path.of(folderOrFile);
            // PortfolioStore.resolveFile's rule, without loading that class (and Jackson with it) in java -jar's first JVM.
            Path file = Files.isDirectory(path) ? path.resolve(PortfolioStore.FILE_NAME) : path;
            return Files.size(file) >= LARGE_BYTES;
        } catch (IOException | InvalidPathException | SecurityException e) {
            return false; // the editor reports what is wrong with it when it opens it
        }
    }

    /** Does this JVM know Shenandoah's switch? Some builds of Java 17 leave the collector out. */
    public static boolean runtimeHasShenandoah() {
        return shenandoahSwitch() != null;
    }

    /** Does this JVM collect with Shenandoah? */
    public static boolean runsOnShenandoah() {
        return "true".equals(shenandoahSwitch());
    }

    /** The value of this JVM's {@code UseShenandoahGC}, or null when it has no such switch. */
    private static String shenandoahSwitch() {
        try {
            return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption("UseShenandoahGC").getValue();
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
