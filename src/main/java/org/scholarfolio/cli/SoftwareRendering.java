package org.scholarfolio.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * On a Linux machine with no graphics device the editor draws with JavaFX's software pipeline
 * from the start, and GTK is kept from loading OpenGL. Without a device the only OpenGL there is
 * is Mesa's software one (llvmpipe), which JavaFX's ES2 pipeline rejects (its qualifier takes the
 * GL vendors AMD, ATI, Intel, NVIDIA, nouveau and X.org only) and then draws in software anyway;
 * but its probe, and GTK's choice of GL visuals when the display opens, map Mesa and LLVM first:
 * about 50 MB resident for the editor's lifetime (a virtual display, a container, a remote
 * session). Prism's probe is skipped by {@code prism.order=sw} (a property, set before the
 * toolkit starts); GTK's by {@code GDK_GL=disable} in the environment, which a running JVM cannot
 * change for itself, so the launchers set it: {@code java -jar}'s relaunch
 * ({@link EditorRelaunch}) and the app image's launcher script ({@code packaging/linux/launcher.sh},
 * by the same test). Where any device node a GL driver opens exists (a DRM node of {@code /dev/dri},
 * NVIDIA's {@code /dev/nvidia*}, WSL's {@code /dev/dxg}) nothing changes, whether Prism would take
 * that GPU or not; nor when the person chose a pipeline ({@code prism.order}, {@code prism.forceGPU}).
 */
public final class SoftwareRendering {
    /** GTK 3's switch for its OpenGL support, read from the environment when the display opens. */
    public static final String GDK_GL = "GDK_GL";
    static final String GDK_GL_DISABLED = "disable";
    static final String PRISM_ORDER = "prism.order";
    static final String PRISM_FORCE_GPU = "prism.forceGPU";
    /**
     * Set on the editor's JVM by a launcher that put {@link #GDK_GL} into its environment: programs
     * the editor starts (the desktop's opener, a browser) get the person's environment back.
     */
    public static final String GDK_GL_SET_PROPERTY = "scholarfolio.gdkGlDisabled";

    private SoftwareRendering() {
    }

    /** Does this editor draw in software without asking OpenGL: Linux, no pipeline chosen, no graphics device? */
    public static boolean chosen() {
        return chosen(System.getProperty("os.name", ""), System.getProperty(PRISM_ORDER), System.getProperty(PRISM_FORCE_GPU),
                Path.of("/dev"));
    }

    static boolean chosen(String osName, String prismOrder, String forceGpu, Path devices) {
        return osName.toLowerCase(Locale.ROOT).contains("linux") && prismOrder == null && !Boolean.parseBoolean(forceGpu)
                && !hasGraphicsDevice(devices);
    }

    /**
     * Is there a device node in {@code devices} (a system's {@code /dev}) that an OpenGL driver opens:
     * anything in {@code dri/} (Mesa's and the DRM drivers' render and card nodes; NVIDIA's too when
     * its DRM module is loaded), {@code nvidia*} (NVIDIA's own driver), {@code dxg} (WSL's GPU)? A
     * folder that cannot be read counts as a device: when in doubt, nothing changes. Read with
     * {@link File#list()}: {@code java -jar}'s first JVM asks this before it starts the editor's, and
     * a directory stream with a pattern loaded 25 classes from the runtime's image there (the glob's
     * regular expression, the stream's locks), on the way to that start.
     */
    static boolean hasGraphicsDevice(Path devices) {
        String[] nodes = devices.toFile().list();
        if (nodes == null) {
            return true;
        }
        for (String node : nodes) {
            if (node.equals("dxg") || node.startsWith("nvidia")) {
                return true;
            }
            if (node.equals("dri")) {
                File dri = devices.resolve(node).toFile();
                if (dri.isDirectory()) {
                    String[] driNodes = dri.list();
                    if (driNodes == null || driNodes.length > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Prism's cache of drawn region backgrounds: one render texture of 2048 x 1024 pixels, made at the first
     * background it caches and kept for the toolkit's lifetime. A GPU holds it in its own memory; the software
     * pipeline holds it as an 8 MB {@code int[]} in the Java heap, for backgrounds it draws about as fast itself.
     */
    static final String PRISM_DISABLE_REGION_CACHING = "prism.disableRegionCaching";

    /**
     * Chooses JavaFX's software pipeline when {@link #chosen()}, without the region background cache unless the
     * person set it; called before the toolkit starts.
     */
    public static void chooseForToolkit() {
        toolkitProperties(chosen(), System.getProperties()).forEach(System::setProperty);
    }

    /** The system properties {@link #chooseForToolkit()} sets, given whether software is {@code chosen} and the {@code current} ones. */
    static Map<String, String> toolkitProperties(boolean chosen, Properties current) {
        if (!chosen) {
            return Map.of();
        }
        return current.containsKey(PRISM_DISABLE_REGION_CACHING) ? Map.of(PRISM_ORDER, "sw")
                : Map.of(PRISM_ORDER, "sw", PRISM_DISABLE_REGION_CACHING, "true");
    }

    /**
     * What a launcher adds to the editor's environment when {@link #chosen()}: {@link #GDK_GL} disabled,
     * unless the person's environment sets it already (then nothing).
     */
    static Map<String, String> editorEnvironment(boolean chosen, Map<String, String> environment) {
        return chosen && !environment.containsKey(GDK_GL) ? Map.of(GDK_GL, GDK_GL_DISABLED) : Map.of();
    }

    /** Takes {@link #GDK_GL} out of {@code environment}, a program's the editor starts, where a launcher put it there. */
    public static void restorePersonsEnvironment(Map<String, String> environment) {
        if (Boolean.getBoolean(GDK_GL_SET_PROPERTY)) {
            environment.remove(GDK_GL);
        }
    }
}
