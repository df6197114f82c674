package org.scholarfolio.ui.preview;

import java.util.ArrayList;
import java.util.List;

/**
 * An element of a page's body whose end tag is still to come, as {@link ElementScan} walks the
 * markup for {@link ChangedElement} and {@link PageSlices}. Its path is made only when asked: a
 * page has hundreds of elements, and the change's scan runs on every key.
 */
final class OpenElement {
    final String name;
    /** Where the element's content starts in the scanned markup. */
    final int contentStart;
    /** The enclosing element (null for the body) and this one's index among its element children. */
    final OpenElement parent;
    final int index;
    /** False inside an element the page's scripts rebuild, whose children cannot be found again by their place. */
    final boolean trusted;
    int children;

    OpenElement(String name, int contentStart, OpenElement parent, int index, boolean trusted) {
        this.name = name;
        this.contentStart = contentStart;
        this.parent = parent;
        this.index = index;
        this.trusted = trusted;
    }

    /** The child indexes from the body down to this element. */
    List<Integer> path() {
        List<Integer> path = new ArrayList<>();
        for (OpenElement e = this; e.parent != null; e = e.parent) {
            path.add(0, e.index);
        }
        return List.copyOf(path);
    }

    /** The tag names from the body down to this element, to check that the path still leads to the same elements. */
    List<String> tags() {
        List<String> tags = new ArrayList<>();
        for (OpenElement e = this; e.parent != null; e = e.parent) {
            tags.add(0, e.name);
        }
        return List.copyOf(tags);
    }
}
