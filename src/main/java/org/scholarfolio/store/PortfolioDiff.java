package org.scholarfolio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.RecordList;

/**
 * What changed from one portfolio to the next as JSON Patch operations (RFC 6902) over the
 * canonical tree, with one more for long texts, {@value #SPLICE}. Snapshots share every record an edit did not touch, so only touched records are
 * turned into JSON: typing in one publication's title costs one publication, not the portfolio.
 */
final class PortfolioDiff {
    /**
     * Not one of RFC 6902's operations: a long text's edit ({@link TextSplice}) with the text's length
     * before it and the hash after it.
     */
    static final String SPLICE = "splice";
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private PortfolioDiff() {
    }

    /** The operations that turn {@code before}'s tree into {@code after}'s; empty when they are equal. */
    static ArrayNode between(Portfolio before, Portfolio after) {
        ArrayNode ops = NODES.arrayNode();
        if (before == after) {
            return ops;
        }
        if (!before.profile().equals(after.profile())) {
            members(ops, "/profile", PortfolioJsonWriter.tree(before.profile(), PortfolioJsonWriter::profile),
                    PortfolioJsonWriter.tree(after.profile(), PortfolioJsonWriter::profile));
        }
        if (!before.site().equals(after.site())) {
            members(ops, "/site", PortfolioJsonWriter.tree(before.site(), PortfolioJsonWriter::site),
                    PortfolioJsonWriter.tree(after.site(), PortfolioJsonWriter::site));
        }
        list(ops, "/news", before.news(), after.news(), n -> PortfolioJsonWriter.tree(n, PortfolioJsonWriter::news));
        list(ops, "/publications", before.publications(), after.publications(),
                p -> PortfolioJsonWriter.tree(p, PortfolioJsonWriter::publication));
        list(ops, "/pages", before.pages(), after.pages(), p -> PortfolioJsonWriter.tree(p, PortfolioJsonWriter::page));
        if (!before.unknownFields().equals(after.unknownFields())) {
            members(ops, "", PortfolioJsonWriter.tree(before.unknownFields(), PortfolioJsonWriter::unknownMembers),
                    PortfolioJsonWriter.tree(after.unknownFields(), PortfolioJsonWriter::unknownMembers));
        }
        return ops;
    }

    /** Sets the members that differ and removes the ones {@code after} no longer has. */
    private static void members(ArrayNode ops, String path, ObjectNode before, ObjectNode after) {
        Iterator<String> names = after.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            JsonNode value = after.get(name);
            JsonNode old = before.get(name);
            if (value.equals(old)) {
                continue;
            }
            Optional<TextSplice> splice = old != null && old.isTextual() && value.isTextual()
                    ? TextSplice.between(old.textValue(), value.textValue()) : Optional.empty();
            if (splice.isPresent()) {
                // A key typed into a long text (a 10 MB bio) is written as the edit, not the text.
                TextSplice s = splice.get();
                ops.addObject().put("op", SPLICE).put("path", path + "/" + escape(name))
                        .put("offset", s.offset()).put("remove", s.removed()).put("text", s.inserted())
                        .put("length", s.lengthBefore()).put("hash", s.hashAfter());
            } else {
                ops.addObject().put("op", "add").put("path", path + "/" + escape(name)).set("value", value);
            }
        }
        Iterator<String> gone = before.fieldNames();
        while (gone.hasNext()) {
            String name = gone.next();
            if (!after.has(name)) {
                ops.addObject().put("op", "remove").put("path", path + "/" + escape(name));
            }
        }
    }

    /**
     * Records changed in place are patched member by member; a run of records added, removed or
     * moved is written as removals then additions at the place where the lists part.
     */
    private static <T> void list(ArrayNode ops, String path, List<T> before, List<T> after, Function<T, ObjectNode> json) {
        if (before == after) {
            return;
        }
        if (before.size() == after.size()) {
            // A snapshot's record lists share the arrays an edit did not touch: the records it replaced
            // are found without a walk of the other 100,000 (RecordList.replaced).
            for (int i : RecordList.replaced(before, after, before.size())) {
                if (!before.get(i).equals(after.get(i))) {
                    members(ops, path + "/" + i, json.apply(before.get(i)), json.apply(after.get(i)));
                }
            }
            return;
        }
        int common = Math.min(before.size(), after.size());
        int prefix = 0;
        while (prefix < common && same(before.get(prefix), after.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < common - prefix
                && same(before.get(before.size() - 1 - suffix), after.get(after.size() - 1 - suffix))) {
            suffix++;
        }
        int removed = before.size() - prefix - suffix;
        int added = after.size() - prefix - suffix;
        if (removed == added) {
            for (int i = prefix; i < prefix + added; i++) {
                if (!before.get(i).equals(after.get(i))) {
                    members(ops, path + "/" + i, json.apply(before.get(i)), json.apply(after.get(i)));
                }
            }
            return;
        }
        if (before.isEmpty()) {
            // The canonical tree may leave an empty list out; make sure there is one to add to.
            ops.addObject().put("op", "add").put("path", path).set("value", NODES.arrayNode());
        }
        for (int i = 0; i < removed; i++) {
            ops.addObject().put("op", "remove").put("path", path + "/" + prefix);
        }
        for (int i = 0; i < added; i++) {
            ops.addObject().put("op", "add").put("path", path + "/" + (prefix + i))
                    .set("value", json.apply(after.get(prefix + i)));
        }
    }

    private static boolean same(Object a, Object b) {
        return a == b || Objects.equals(a, b);
    }

    /** A member name as one JSON Pointer token (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
