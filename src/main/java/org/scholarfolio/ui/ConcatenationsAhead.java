package org.scholarfolio.ui;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.StringConcatException;
import java.lang.invoke.StringConcatFactory;
import java.util.List;

/**
 * Links, on a thread of its own started before the toolkit, string concatenations of the argument types that JavaFX, its
 * WebKit and the icon library join strings of for the first time on the JavaFX thread, the toolkit's launcher thread and
 * the rendering thread before the first content. Code compiled for Java 9 and later joins strings through an
 * {@code invokedynamic} call site that the JDK links at its first run, and for each new list of argument types it
 * generates and loads a few method-handle classes ({@code LambdaForm$MH}): 83 on the JavaFX thread of a {@code java -jar}
 * start of the editor, 37 more on the other two, where a class-data archive of Java 17 keeps none of them (the app
 * image's ahead-of-time cache of Java 25 keeps its call sites linked). Those classes depend on the argument types only,
 * not on the constant text between them, and the JDK keeps them: a call site linked later with the same types finds
 * them made. Only linked here, never run; nothing of JavaFX is touched.
 */
public final class ConcatenationsAhead {
    /**
     * The argument types, as method descriptors without the result, of the first string joins before the first content
     * that had a list of types of their own; where each was first met (JavaFX 21, Ikonli 12).
     */
    static final List<String> ARGUMENT_TYPES = List.of(
            "(Ljava/lang/String;)", // PlatformImpl.startup's warning on the class path (the toolkit's launcher thread)
            "(Ljava/lang/String;Ljava/lang/String;)", // java.util.logging's SimpleFormatter, printing that warning
            "(I)", // QuantumRenderer's thread name
            "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)", // NativeLibLoader (the rendering thread)
            "(F)", "(D)", // the software rasteriser's settings, written at its first shape
            "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)", // Application.getDataDirectory
            "(ILjava/lang/String;)", // FontIcon's size, as a style
            "(IIII)", // WebPage.setBounds
            "(J)", // WebPage.getMainFrame
            "(JLjava/lang/String;)", // WebPage.fwkPermitNavigateAction
            "(Ljava/lang/String;J)", // WebPage.executeScript
            "(JILjava/lang/String;Ljava/lang/String;DI)", // WebPage.fwkFireLoadEvent
            "(JIILjava/lang/String;DI)"); // WebPage.fwkFireResourceLoadEvent

    private ConcatenationsAhead() {
    }

    /**
     * Starts the linking on a daemon thread where JavaFX is on the class path ({@code java -jar}); call before the
     * toolkit starts. In the app image (JavaFX's modules) its ahead-of-time cache holds the call sites linked.
     */
    public static void start() {
        if (javafx.scene.control.Control.class.getModule().isNamed()) {
            return;
        }
        Thread linker = new Thread(ConcatenationsAhead::link, "concatenations-ahead");
        linker.setDaemon(true);
        linker.start();
    }

    /**
     * Links string joins of each of {@link #ARGUMENT_TYPES}: text before each argument, with and without text after the
     * last (a join of one string with only text before it is linked another way); the number of lists of types linked.
     */
    static int link() {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        int linked = 0;
        for (String arguments : ARGUMENT_TYPES) {
            MethodType type = MethodType.fromMethodDescriptorString(arguments + "Ljava/lang/String;",
                    ConcatenationsAhead.class.getClassLoader());
            StringBuilder recipe = new StringBuilder();
            for (int i = 0; i < type.parameterCount(); i++) {
                recipe.append(' ').append('\u0001');
            }
            try {
                StringConcatFactory.makeConcatWithConstants(lookup, "join", type, recipe.toString());
                StringConcatFactory.makeConcatWithConstants(lookup, "join", type, recipe.append(' ').toString());
                linked++;
            } catch (StringConcatException | RuntimeException notLinked) {
                // Then that call site links its classes itself, as before.
            }
        }
        return linked;
    }
}
