package org.scholarfolio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The package rules, in one place: one table of which of our packages each package may use (arrows
 * point down), "the core never uses JavaFX", "only store and lookup read JSON with Jackson" and
 * "view models use no {@code javafx.scene}". The only way round a rule is {@link AllowedDependency}
 * on the class that needs it, naming the classes and the reason.
 */
final class ArchitectureRules {
    private static final String ROOT = "org.scholarfolio";

    /** Each package and the packages of ours it may use; a package missing here fails the rule. */
    static final Map<String, Set<String>> LAYERS = layers();

    /** The packages that never touch the toolkit: everything but {@code ui} and {@code app}. */
    static final List<String> CORE = List.of("model", "files", "math", "markdown", "bibtex", "store", "generator",
            "importer", "lookup", "site", "publish", "cli");

    private ArchitectureRules() {
    }

    private static Map<String, Set<String>> layers() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("model", Set.of());
        m.put("files", Set.of());
        m.put("math", Set.of("files")); // the per-user cache of typeset formulas
        m.put("markdown", Set.of("math"));
        m.put("bibtex", Set.of("model"));
        m.put("store", Set.of("model", "files"));
        m.put("generator", Set.of("model"));
        m.put("importer", Set.of("model", "bibtex", "files"));
        m.put("lookup", Set.of("model", "bibtex", "files", "importer"));
        m.put("site", Set.of("model", "bibtex", "files", "markdown", "math"));
        m.put("publish", Set.of("model", "files", "markdown", "math", "bibtex", "site"));
        m.put("cli", Set.of("model", "files", "math", "markdown", "bibtex", "store", "generator", "importer",
                "lookup", "site", "publish"));
        m.put("ui", Set.of("model", "files", "math", "markdown", "bibtex", "store", "generator", "importer",
                "lookup", "site", "publish"));
        m.put("app", Set.of("model", "files", "math", "markdown", "bibtex", "store", "generator", "importer",
                "lookup", "site", "publish", "cli", "ui"));
        return m;
    }

    /** Arrows point down: a class uses only its own package and those its package may use. */
    static ArchRule arrowsPointDown() {
        return classes().that().resideInAPackage(ROOT + "..")
                .should(new ArchCondition<JavaClass>("use only the packages of ours listed below them") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        String from = topPackage(c);
                        if (!from.isEmpty() && !LAYERS.containsKey(from)) {
                            events.add(SimpleConditionEvent.violated(c, c.getName()
                                    + " is in package " + from + ", which the layer table does not list"));
                            return;
                        }
                        for (Dependency d : c.getDirectDependenciesFromSelf()) {
                            String to = topPackage(d.getTargetClass());
                            boolean ours = d.getTargetClass().getPackageName().startsWith(ROOT);
                            if (ours && !to.isEmpty() && !to.equals(from) && !LAYERS.getOrDefault(from, Set.of()).contains(to)
                                    && !allowed(d)) {
                                events.add(SimpleConditionEvent.violated(d, from + " may not use " + to + ": "
                                        + d.getDescription()));
                            }
                        }
                    }
                }).allowEmptyShould(true);
    }

    static ArchRule coreNeverUsesJavaFx() {
        String[] core = CORE.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(core).should(useAny(TOOLKIT)).allowEmptyShould(true);
    }

    /**
     * The store reads and writes portfolio.json; lookup reads the scholarly services' answers as trees
     * (docs/decisions/service-answers-read-with-jackson.md). Nothing else parses JSON.
     */
    static ArchRule onlyTheStoreAndLookupUseJackson() {
        return noClasses().that().resideOutsideOfPackages(ROOT + ".store..", ROOT + ".lookup..")
                .should(useAny(inPackages("Jackson", "com.fasterxml.jackson"))).allowEmptyShould(true);
    }

    /** View models hold state and actions and are tested without a window: no scene graph in them. */
    static ArchRule viewModelsUseNoSceneGraph() {
        return noClasses().that(VIEW_MODELS).should(useAny(inPackages("javafx.scene", "javafx.scene")))
                .allowEmptyShould(true);
    }

    private static final DescribedPredicate<JavaClass> VIEW_MODELS = new DescribedPredicate<>("are view models") {
        @Override
        public boolean test(JavaClass c) {
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            return top.getPackageName().startsWith(ROOT + ".ui") && top.getSimpleName().endsWith("ViewModel");
        }
    };

    /**
     * The toolkit and its add-ons, and AWT beyond headless 2D drawing: the site draws its social card
     * with Graphics2D into a BufferedImage (java.awt.image, fonts, colours, shapes); windows, events
     * and the toolkit stay out.
     */
    private static final DescribedPredicate<JavaClass> TOOLKIT = new DescribedPredicate<>(
            "JavaFX, its add-ons, Swing, or AWT other than headless 2D drawing") {
        private static final Set<String> DRAWING = Set.of("java.awt.Graphics", "java.awt.Graphics2D", "java.awt.Font",
                "java.awt.FontMetrics", "java.awt.Color", "java.awt.RenderingHints", "java.awt.RenderingHints$Key",
                "java.awt.BasicStroke", "java.awt.Image", "java.awt.Shape", "java.awt.Paint", "java.awt.Stroke",
                "java.awt.AlphaComposite", "java.awt.Composite", "java.awt.Transparency", "java.awt.Rectangle");
        private final DescribedPredicate<JavaClass> toolkit = inPackages("toolkit", "javafx", "org.controlsfx", "org.fxmisc", "org.reactfx",
                "atlantafx", "org.kordamp", "javax.swing");

        @Override
        public boolean test(JavaClass c) {
            if (toolkit.test(c)) {
                return true;
            }
            String pkg = c.getPackageName();
            if (!pkg.equals("java.awt") && !pkg.startsWith("java.awt.")) {
                return false;
            }
            return !(DRAWING.contains(c.getName()) || pkg.equals("java.awt.image") || pkg.equals("java.awt.geom")
                    || pkg.equals("java.awt.font") || pkg.equals("java.awt.color"));
        }
    };

    private static DescribedPredicate<JavaClass> inPackages(String description, String... packages) {
        return new DescribedPredicate<>(description) {
            @Override
            public boolean test(JavaClass c) {
                String pkg = c.getPackageName();
                return Arrays.stream(packages).anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."));
            }
        };
    }

    /** Uses none of {@code forbidden}, except where {@link AllowedDependency} says so. */
    private static ArchCondition<JavaClass> useAny(DescribedPredicate<JavaClass> forbidden) {
        return new ArchCondition<>("use " + forbidden.getDescription()) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    boolean uses = forbidden.test(d.getTargetClass().getBaseComponentType()) && !allowed(d);
                    events.add(new SimpleConditionEvent(d, uses, d.getDescription()));
                }
            }
        };
    }

    /** Whether the origin (or a class it is nested in) names the target in an {@link AllowedDependency}. */
    static boolean allowed(Dependency d) {
        String target = d.getTargetClass().getBaseComponentType().getName();
        for (Optional<JavaClass> c = Optional.of(d.getOriginClass()); c.isPresent(); c = c.get().getEnclosingClass()) {
            Optional<JavaAnnotation<JavaClass>> a = c.get().tryGetAnnotationOfType(AllowedDependency.class.getName());
            if (a.isPresent() && a.get().get("on").map(ArchitectureRules::names).orElse(List.of()).contains(target)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(Object classes) {
        if (classes instanceof JavaClass[] javaClasses) {
            return Arrays.stream(javaClasses).map(JavaClass::getName).toList();
        }
        if (classes instanceof Class<?>[] loaded) {
            return Arrays.stream(loaded).map(Class::getName).toList();
        }
        return List.of();
    }

    /** {@code org.scholarfolio.importer.bibtex.X} is in {@code importer}; the root package gives "". */
    static String topPackage(JavaClass c) {
        String pkg = c.getBaseComponentType().getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return "";
        }
        String rest = pkg.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
