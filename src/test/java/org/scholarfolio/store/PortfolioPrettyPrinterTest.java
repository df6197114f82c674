package org.scholarfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The file's layout is Jackson's pretty printer's with two-space indents, at every depth. */
class PortfolioPrettyPrinterTest {
    private static final DefaultIndenter JACKSONS_INDENT = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter JACKSONS = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(JACKSONS_INDENT)
            .withArrayIndenter(JACKSONS_INDENT);

    private static String written(PrettyPrinter printer, int depth) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(printer);
            nested(g, depth);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Objects and lists in turn, each with a text, a number, an empty object and an empty list. */
    private static void nested(JsonGenerator g, int depth) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", "level " + depth);
        g.writeNumberField("n", depth);
        g.writeObjectFieldStart("empty");
        g.writeEndObject();
        g.writeArrayFieldStart("none");
        g.writeEndArray();
        if (depth > 0) {
            g.writeArrayFieldStart("list");
            g.writeString("x");
            nested(g, depth - 1);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    @Test
    void layoutIsJacksonsAtEveryDepth() throws IOException {
        for (int depth : new int[] {0, 1, 3, 20, 40}) {
            String ours = written(new PortfolioPrettyPrinter().createInstance(), depth);
            assertThat(ours).as("depth " + depth).isEqualTo(written(JACKSONS.createInstance(), depth));
            assertThat(ours).contains("\n  \"name\": \"level " + depth + "\"");
        }
    }
}
