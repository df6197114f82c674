package org.scholarfolio.ui.preview;

import java.util.ArrayList;
import java.util.List;

/**
 * A large page cut so that WebKit never parses and lays out all of it in one frame: the page with
 * the first part of its body, then the rest as steps, each a script that appends the next pieces of
 * markup to the elements they belong in. Loading a 300 KB page (100 entries of a 100,000-publication
 * list, a 5,000-author paper, the bio's 100,000 characters) held the JavaFX thread 150–230 ms in one
 * of WebKit's timer events; a step of {@link #SLICE} characters a frame keeps each frame short, and
 * once every step has run the page holds the same elements as the whole page loaded at once.
 * <p>
 * The cut falls only between whole elements whose parents a browser builds as the markup says
 * (see {@link ElementScan}); a body with a script in it (appended markup does not run scripts)
 * or with markup the scan cannot follow is not cut ({@link #of} returns null) and loads whole.
 *
 * @param firstPage the page with its body's first part (the parser closes the elements left open)
 * @param steps     scripts that each append the next pieces and return true, or false (changing
 *                  nothing) when the page's tree is not the one the markup describes
 */
record PageSlices(String firstPage, List<String> steps) {
    /** Characters of body markup in the first page and, at most (but one whole piece), in each later step. */
    static final int SLICE = 24_000;

    PageSlices {
        steps = List.copyOf(steps);
    }

    /** The page rendered last that is to be loaded or swapped whole, and its slices (null: none, or not cut). */
    private record Prepared(String html, PageSlices slices) {
    }

    private static volatile Prepared prepared;

    /**
     * Cuts a page on the rendering thread, ahead of the UI thread's need, unless it only patches one
     * element of the page before ({@code change} no longer than a step): cutting a 285 KB page (100
     * entries of a 100,000-publication list) took the JavaFX thread 30-100 ms in the turn that loaded it.
     */
    static void prepare(String html, ChangedElement change) {
        if (change == null || change.inner().length() > 2 * SLICE) {
            prepared = new Prepared(html, of(html, SLICE));
        }
    }

    /** Null when the page is short enough to load whole, or cannot be cut safely. */
    static PageSlices of(String html) {
        Prepared ahead = prepared;
        // By identity: the very page rendered, not one equal to it (comparing 285 KB would cost what it saves).
        if (ahead != null && ahead.html() == html) {
            return ahead.slices();
        }
        return of(html, SLICE);
    }

    /** {@code slice}: body characters per part (tests use small ones). */
    static PageSlices of(String html, int slice) {
        int bodyTag = html.indexOf("<body");
        int bodyStart = bodyTag < 0 ? -1 : html.indexOf('>', bodyTag) + 1;
        int bodyEnd = html.lastIndexOf("</body>");
        if (bodyStart <= 0 || bodyEnd < bodyStart || bodyEnd - bodyStart <= 2 * slice) {
            return null;
        }
        String body = html.substring(bodyStart, bodyEnd);
        if (body.contains("<script")) {
            return null;
        }
        List<Piece> pieces = new ArrayList<>();
        int cut = cut(body, slice, pieces);
        if (cut < 0 || pieces.isEmpty()) {
            return null;
        }
        String firstPage = html.substring(0, bodyStart) + body.substring(0, cut) + html.substring(bodyEnd);
        return new PageSlices(firstPage, steps(pieces, slice));
    }

    /** Markup to append to the element at {@code path} (element-child indexes from the body; empty for the body). */
    private record Piece(List<Integer> path, List<String> tags, String html) {
    }

    /**
     * Scans {@code body}: the first place after {@code slice} characters between two whole elements
     * of a trusted parent is the cut; what follows is added to {@code pieces}, a piece at most about
     * {@code slice} long, each ending where its element does or between two of its children.
     * Returns the cut, or -1 when the markup is not followed to its end.
     */
    private static int cut(String body, int slice, List<Piece> pieces) {
        Cutter cutter = new Cutter(body, slice, pieces);
        OpenElement bodyElement = ElementScan.scan(body, cutter);
        if (bodyElement == null || cutter.cut < 0) {
            return -1;
        }
        add(pieces, bodyElement, body.substring(cutter.from));
        return cutter.cut;
    }

    /** The cut and the pieces after it, found as the scan goes. */
    private static final class Cutter implements ElementScan.Visitor {
        private final String body;
        private final int slice;
        private final List<Piece> pieces;
        int cut = -1;
        /** The element the markup from {@link #from} on is appended to, once the cut is made. */
        private OpenElement target;
        int from;

        Cutter(String body, int slice, List<Piece> pieces) {
            this.body = body;
            this.slice = slice;
            this.pieces = pieces;
        }

        @Override
        public void closed(OpenElement element, int endTagStart, int next) {
            if (element == target) {
                // The element is in the page already (the parser closed it): what remains of its
                // content is appended to it, and what follows goes to its parent.
                add(pieces, target, body.substring(from, endTagStart));
                target = element.parent;
                from = next;
            } else {
                betweenWholeElements(element.parent, next);
            }
        }

        @Override
        public void leafClosed(OpenElement parent, int next) {
            betweenWholeElements(parent, next);
        }

        private void betweenWholeElements(OpenElement parent, int at) {
            if (cut < 0) {
                if (at >= slice && parent.trusted) {
                    cut = at;
                    target = parent;
                    from = at;
                }
            } else if (parent == target && at - from >= slice) {
                add(pieces, target, body.substring(from, at));
                from = at;
            }
        }
    }

    private static void add(List<Piece> pieces, OpenElement element, String html) {
        if (!html.isEmpty()) {
            pieces.add(new Piece(element.path(), element.tags(), html));
        }
    }

    /** The pieces in order, as few steps as keep each under {@code slice} characters (a longer piece is a step alone). */
    private static List<String> steps(List<Piece> pieces, int slice) {
        List<String> steps = new ArrayList<>();
        StringBuilder step = new StringBuilder();
        int size = 0;
        for (Piece p : pieces) {
            if (size > 0 && size + p.html().length() > slice) {
                steps.add(script(step));
                step.setLength(0);
                size = 0;
            }
            if (step.length() > 0) {
                step.append(',');
            }
            step.append("[[");
            for (int i = 0; i < p.path().size(); i++) {
                step.append(i > 0 ? "," : "").append(p.path().get(i));
            }
            step.append("],");
            appendStrings(step, p.tags());
            step.append(',').append(PreviewDocument.jsString(p.html())).append(']');
            size += p.html().length();
        }
        if (size > 0) {
            steps.add(script(step));
        }
        return steps;
    }

    /** Every element is looked up (and its tags checked) before anything is appended, so a false changes nothing. */
    private static String script(StringBuilder pieces) {
        return "(function(pieces){var at=[];for(var p=0;p<pieces.length;p++){var e=document.body,path=pieces[p][0],tags=pieces[p][1];"
                + "for(var i=0;i<path.length;i++){e=e.children[path[i]];if(!e||e.tagName.toLowerCase()!==tags[i]){return false;}}at.push(e);}"
                + "for(var p=0;p<pieces.length;p++){at[p].insertAdjacentHTML('beforeend',pieces[p][2]);}return true;})(["
                + pieces + "])";
    }

    private static void appendStrings(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(PreviewDocument.jsString(values.get(i)));
        }
        out.append(']');
    }
}
