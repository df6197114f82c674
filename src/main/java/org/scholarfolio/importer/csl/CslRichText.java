package org.scholarfolio.importer.csl;

import java.util.List;
import java.util.Map;
import org.scholarfolio.model.InlineText;

/**
 * A model inline text as CSL-JSON rich text: {@code <i>}, {@code <b>}, {@code <sc>}, {@code <sub>},
 * {@code <sup>} and {@code <span class="nocase">} for protective braces, the only markup citeproc
 * reads (other text is written as it is, as before). Math becomes Unicode where it exists
 * (α, ℓ₁, x²) and sub/superscript markup otherwise, never raw {@code $…$}.
 */
final class CslRichText {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("pi", "π"),
            Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("upsilon", "υ"),
            Map.entry("phi", "φ"), Map.entry("varphi", "φ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"),
            Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"),
            Map.entry("Lambda", "Λ"), Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"), Map.entry("Sigma", "Σ"),
            Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"), Map.entry("ell", "ℓ"),
            Map.entry("infty", "∞"), Map.entry("times", "×"), Map.entry("cdot", "·"), Map.entry("pm", "±"),
            Map.entry("leq", "≤"), Map.entry("le", "≤"), Map.entry("geq", "≥"), Map.entry("ge", "≥"),
            Map.entry("neq", "≠"), Map.entry("approx", "≈"), Map.entry("sim", "∼"), Map.entry("to", "→"),
            Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"), Map.entry("in", "∈"), Map.entry("partial", "∂"),
            Map.entry("nabla", "∇"), Map.entry("sum", "∑"), Map.entry("prod", "∏"), Map.entry("int", "∫"),
            Map.entry("sqrt", "√"), Map.entry("circ", "∘"), Map.entry("log", "log"), Map.entry("exp", "exp"),
            Map.entry("min", "min"), Map.entry("max", "max"), Map.entry("ldots", "…"), Map.entry("cdots", "⋯"),
            Map.entry("star", "⋆"), Map.entry("ast", "∗"), Map.entry("dagger", "†"), Map.entry("prime", "′"));

    private static final String SUPER_FROM = "0123456789+-=()nikT";
    private static final String SUPER_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵏᵀ";
    private static final String SUB_FROM = "0123456789+-=()aeioxnkmt";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑᵢₒₓₙₖₘₜ";

    private CslRichText() {
    }

    static String of(String modelText) {
        StringBuilder out = new StringBuilder();
        append(InlineText.parse(modelText).nodes(), out, false);
        return out.toString();
    }

    private static void append(List<InlineText.Node> nodes, StringBuilder out, boolean nocase) {
        for (InlineText.Node n : nodes) {
            if (n instanceof InlineText.Plain p) {
                out.append(escape(p.text()));
            } else if (n instanceof InlineText.Protected p) {
                out.append(nocase ? "" : "<span class=\"nocase\">");
                append(p.children(), out, true);
                out.append(nocase ? "" : "</span>");
            } else if (n instanceof InlineText.Math m) {
                out.append(math(m.tex()));
            } else if (n instanceof InlineText.Styled s) {
                String tag = switch (s.style()) {
                    case EMPHASIS, ITALIC -> "i";
                    case BOLD -> "b";
                    case SMALL_CAPS -> "sc";
                    case SUBSCRIPT -> "sub";
                    case SUPERSCRIPT -> "sup";
                    case CODE -> "";
                };
                out.append(tag.isEmpty() ? "" : "<" + tag + ">");
                append(s.children(), out, nocase);
                out.append(tag.isEmpty() ? "" : "</" + tag + ">");
            }
        }
    }

    /** TeX math as Unicode text, with {@code <sub>}/{@code <sup>} where no Unicode character exists. */
    static String math(String tex) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < tex.length()) {
            char c = tex.charAt(i);
            if (c == '\\') {
                int end = i + 1;
                while (end < tex.length() && Character.isLetter(tex.charAt(end))) {
                    end++;
                }
                if (end == i + 1) { // \{ \, \; …
                    if (end < tex.length() && "{}$%&#_".indexOf(tex.charAt(end)) >= 0) {
                        out.append(escape(String.valueOf(tex.charAt(end))));
                    }
                    i = Math.min(tex.length(), end + 1);
                    continue;
                }
                String name = tex.substring(i + 1, end);
                out.append(escape(SYMBOLS.getOrDefault(name, name.matches("math\\w+|mbox|text\\w*|operatorname") ? "" : name)));
                i = end;
            } else if (c == '^' || c == '_') {
                int[] end = {0};
                String arg = math(argument(tex, i + 1, end));
                out.append(scripted(arg, c == '^'));
                i = end[0];
            } else if (c == '{' || c == '}' || c == ' ') {
                i++;
            } else {
                out.append(escape(String.valueOf(c)));
                i++;
            }
        }
        return out.toString();
    }

    private static String argument(String tex, int from, int[] end) {
        if (from >= tex.length()) {
            end[0] = from;
            return "";
        }
        if (tex.charAt(from) == '{') {
            int depth = 0;
            for (int i = from; i < tex.length(); i++) {
                depth += tex.charAt(i) == '{' ? 1 : tex.charAt(i) == '}' ? -1 : 0;
                if (depth == 0) {
                    end[0] = i + 1;
                    return tex.substring(from + 1, i);
                }
            }
            end[0] = tex.length();
            return tex.substring(from + 1);
        }
        if (tex.charAt(from) == '\\') {
            int i = from + 1;
            while (i < tex.length() && Character.isLetter(tex.charAt(i))) {
                i++;
            }
            end[0] = i;
            return tex.substring(from, i);
        }
        end[0] = from + 1;
        return tex.substring(from, from + 1);
    }

    private static String scripted(String text, boolean up) {
        String from = up ? SUPER_FROM : SUB_FROM;
        String to = up ? SUPER_TO : SUB_TO;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            int k = from.indexOf(text.charAt(i));
            if (k < 0) {
                return up ? "<sup>" + text + "</sup>" : "<sub>" + text + "</sub>";
            }
            out.append(to.charAt(k));
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s;
    }
}
