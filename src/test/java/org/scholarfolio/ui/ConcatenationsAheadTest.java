package org.scholarfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.StringConcatFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ConcatenationsAheadTest {
    /**
     * In JVMs of their own, so that no join has been linked yet: after the link, string joins of the same argument types
     * with other text between them (as JavaFX's own call sites have) are linked without a method-handle class generated;
     * without it, they generate them.
     */
    @Test
    void joinsOfTheLinkedArgumentTypesGenerateNoClassOfTheirOwn() throws Exception {
        assertThat(classesGeneratedByTheJoins(true)).isEmpty();
        assertThat(classesGeneratedByTheJoins(false)).isNotEmpty();
    }

    @Test
    void linksEveryListOfArgumentTypes() {
        assertThat(ConcatenationsAhead.link()).isEqualTo(ConcatenationsAhead.ARGUMENT_TYPES.size());
    }

    private static List<String> classesGeneratedByTheJoins(boolean linkAhead) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"),
                LinkThenJoin.class.getName(), Boolean.toString(linkAhead));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).as(out).contains("joins begin", "joins linked");
        String joins = out.substring(out.indexOf("joins begin"), out.indexOf("joins linked"));
        return joins.lines().filter(line -> line.contains("java.lang.invoke.LambdaForm$")).toList();
    }

    /** Links the joins ahead or not, then links joins of the same argument types with other constants, as call sites do. */
    public static final class LinkThenJoin {
        public static void main(String[] args) throws Exception {
            if (Boolean.parseBoolean(args[0])) {
                ConcatenationsAhead.link();
            }
            System.out.println("joins begin");
            for (String arguments : ConcatenationsAhead.ARGUMENT_TYPES) {
                MethodType type = MethodType.fromMethodDescriptorString(arguments + "Ljava/lang/String;",
                        LinkThenJoin.class.getClassLoader());
                StringBuilder recipe = new StringBuilder("Load event: ");
                for (int i = 0; i < type.parameterCount(); i++) {
                    recipe.append(i == 0 ? "" : ", value=").append('\u0001');
                }
                StringConcatFactory.makeConcatWithConstants(MethodHandles.lookup(), "concat", type, recipe.toString());
            }
            System.out.println("joins linked");
        }
    }
}
