package org.scholarfolio.markdown;

import org.commonmark.node.CustomNode;

/** A TeX formula written as {@code $...$} (inline) or {@code $$...$$} (display), kept verbatim. */
public final class MathNode extends CustomNode {
    private final String tex;
    private final boolean display;

    public MathNode(String tex, boolean display) {
        this.tex = tex;
        this.display = display;
    }

    public String tex() {
        return tex;
    }

    public boolean display() {
        return display;
    }
}
