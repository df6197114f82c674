package org.scholarfolio.ui.preview;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * A large page cut so that WebKit never parses and lays out all of it in one frame: the page with
 * the first part of its body, then the rest as steps, each a script that appends the next pieces of
 * markup to the elements they belong in. Loading a 300 KB page (100 entries of a 100,000-publication
 * list, a 5,000-author paper, the bio's 100,000 characters) held the JavaFX thread 150–230 ms in one
 * of WebKit's timer events; a step of {@link #SLICE} characters a frame keeps each frame short, and
 * once every step has run the page holds the same elements as the whole page loaded at once.
 * <p>
 * The cut falls only between whole elements whose parents a browser builds as the markup says
 * (see {@link ChangedElement}); a body with a script in it (appended markup does not run scripts)
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

    /** Null when the page is short enough to load whole, or cannot be cut safely. */
    static PageSlices of(String html) {
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
        Deque<OpenElement> open = new ArrayDeque<>();
        OpenElement bodyElement = new OpenElement("body", 0, null, 0, true);
        open.push(bodyElement);
        int cut = -1;
        OpenElement target = null;
        int from = 0;
        int i = 0;
        while (i < body.length()) {
            int lt = body.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            if (body.startsWith("<!--", lt)) {
                int end = body.indexOf("-->", lt + 4);
                if (end < 0) {
                    return -1;
                }
                i = end + 3;
                continue;
            }
            if (body.startsWith("</", lt)) {
                int gt = body.indexOf('>', lt);
                if (gt < 0) {
                    return -1;
                }
                String name = body.substring(lt + 2, gt).strip().toLowerCase(Locale.ROOT);
                OpenElement top = open.peek();
                if (top == bodyElement || !top.name.equals(name)) {
                    return -1; // an end tag the parser would match differently
                }
                open.pop();
                i = gt + 1;
                if (top == target) {
                    // The element is in the page already (the parser closed it): what remains of its
                    // content is appended to it, and what follows goes to its parent.
                    add(pieces, target, body.substring(from, lt));
                    target = top.parent;
                    from = i;
                    continue;
                }
            } else if (lt + 1 < body.length() && Character.isLetter(body.charAt(lt + 1))) {
                int gt = ChangedElement.startTagEnd(body, lt);
                if (gt < 0) {
                    return -1;
                }
                int nameEnd = lt + 1;
                while (nameEnd < gt && !Character.isWhitespace(body.charAt(nameEnd)) && body.charAt(nameEnd) != '>'
                        && body.charAt(nameEnd) != '/') {
                    nameEnd++;
                }
                String name = body.substring(lt + 1, nameEnd).toLowerCase(Locale.ROOT);
                OpenElement parent = open.peek();
                int index = parent.children++;
                i = gt + 1;
                if (ChangedElement.RAW_TEXT.contains(name)) {
                    int close = body.indexOf("</" + name, i);
                    int closeGt = close < 0 ? -1 : body.indexOf('>', close);
                    if (closeGt < 0) {
                        return -1;
                    }
                    i = closeGt + 1;
                } else if (!ChangedElement.VOID.contains(name)) {
                    open.push(new OpenElement(name, gt + 1, parent, index, parent.trusted && !ChangedElement.REBUILT.contains(name)));
                    continue; // inside an element: no place to cut
                }
            } else {
                i = lt + 1;
                continue;
            }
            // Between two whole elements of the element on top.
            OpenElement top = open.peek();
            if (cut < 0) {
                if (i >= slice && top.trusted) {
                    cut = i;
                    target = top;
                    from = i;
                }
            } else if (top == target && i - from >= slice) {
                add(pieces, target, body.substring(from, i));
                from = i;
            }
        }
        if (open.size() != 1 || cut < 0) {
            return -1;
        }
        add(pieces, bodyElement, body.substring(from));
        return cut;
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
