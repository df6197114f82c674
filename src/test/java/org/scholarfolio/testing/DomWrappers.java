package org.scholarfolio.testing;

import java.lang.ref.Reference;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.web.WebEngine;

/**
 * WebKit's Java wrappers of DOM nodes (JavaFX's {@code com.sun.webkit.dom.NodeImpl}) that are alive for
 * the page an engine shows. Each one keeps its node, and through it the node's whole document, from being
 * freed until a Java collection has cleared it; WebKit's disposer then frees what it kept on the JavaFX
 * thread, all at once. Read from {@code NodeImpl}'s table of wrappers (one weak record each), on the JavaFX thread.
 */
public final class DomWrappers {
    private DomWrappers() {
    }

    /** The node names of the live wrappers of nodes of {@code engine}'s page (its address), e.g. {@code #document}. */
    public static List<String> ofPage(WebEngine engine) throws ReflectiveOperationException {
        String page = engine.getLocation();
        Class<?> nodes = Class.forName("com.sun.webkit.dom.NodeImpl");
        Field table = nodes.getDeclaredField("hashTable");
        table.setAccessible(true);
        Field next = Class.forName("com.sun.webkit.dom.NodeImpl$SelfDisposer").getDeclaredField("next");
        next.setAccessible(true);
        List<String> found = new ArrayList<>();
        Object[] records = (Object[]) table.get(null);
        if (records == null) {
            return found;
        }
        for (Object first : records) {
            for (Object record = first; record != null; record = next.get(record)) {
                if (((Reference<?>) record).get() instanceof org.w3c.dom.Node node) {
                    org.w3c.dom.Document document = node instanceof org.w3c.dom.Document d ? d : node.getOwnerDocument();
                    if (document != null && page != null && page.equals(document.getDocumentURI())) {
                        found.add(node.getNodeName());
                    }
                }
            }
        }
        return found;
    }
}
