package org.scholarfolio.math;

/**
 * Typesets one TeX formula as MathML, which every current browser (and the editor's WebView)
 * renders without a script or a web font. Implementations are safe to share between threads.
 */
public interface MathTypesetter {
    /**
     * The formula as one {@code <math>} element ({@code display="block"} when {@code display}).
     *
     * @throws MathSyntaxException when the formula is not TeX the typesetter understands
     */
    String toMathMl(String tex, boolean display);
}
