package org.scholarfolio.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {\\'a}              | á
            \\'{a}              | á
            \\'a                | á
            {\\"o}              | ö
            \\"{o}              | ö
            {\\"{o}}            | ö
            {\\v{s}}            | š
            \\v s               | š
            {\\'\\i}            | í
            \\'{\\i}            | í
            \\`e                | è
            \\^o                | ô
            \\~n                | ñ
            \\c{c}              | ç
            \\H{o}              | ő
            \\k{a}              | ą
            \\r{a}              | å
            Stra\\ss e          | Straße
            {\\ss}              | ß
            \\o{}resund         | øresund
            {\\O}               | Ø
            {\\aa}              | å
            {\\AA}str{\\"o}m    | Åström
            \\l{}\\'od\\'z      | łódź
            A \\& B             | A & B
            50\\%               | 50%
            1--10               | 1–10
            a---b               | a—b
            \\emph{x}           | \\emph{x}
            \\textit{very} good | \\textit{very} good
            \\textbf{BERT}      | \\textbf{BERT}
            {\\em x y}          | \\emph{x y}
            a {\\bf b} c        | a \\textbf{b} c
            \\mkbibemph{x}      | \\emph{x}
            In\\textsubscript{x}Ga | In\\textsubscript{x}Ga
            \\enquote{x}        | “x”
            ``x''              | “x”
            \\mkbibquote{x}     | “x”
            China{\\textquotesingle}s | China's
            \\textquotedbl{}x\\textquotedbl{} | `"x"`
            {\\rm 2nd ed.}      | {2nd ed.}
            Lan\\-guage         | Lan\u00ADguage
            With\\/ it          | With it
            {\\relax Yu}        | Yu
            a\\,b               | a\u2009b
            \\ldots{} and \\textendash | … and –
            AND\\slash OR       | AND/OR
            methodology\\hyphen independent | methodology-independent
            2\\({}^{\\mbox{k}}\\) | 2${}^{\\mbox{k}}$
            \\[x\\]             | $$x$$
            \\ensuremath{\\alpha} | $\\alpha$
            \\url{http://e.com/~u_v} | http://e.com/~u_v
            \\MF{} and \\AmSTeX{} in \\TUB | METAFONT and AMS-TeX in TUGboat
            \\acro{PDF} in \\ConTeXt | PDF in ConTeXt
            \\url{http://e.com/A\\%20B\\_c.pdf} | http://e.com/A%20B_c.pdf
            29th $\\{$USENIX$\\}$ Security ($\\{$USENIX$\\}$ 20) | 29th {USENIX} Security ({USENIX} 20)
            $\\{x\\}$ and $\\{$ | $\\{x\\}$ and $\\{$
            \\href{http://e.com}{site} | site
            \\vphantom{X}Y      | Y
            {BERT} is {GOOD}    | {BERT} is {GOOD}
            {{BERT}}            | {{BERT}}
            $\\ell_1$--norm     | $\\ell_1$–norm
            $a--b~\\'e$         | $a--b~\\'e$
            $$x_{1}$$ and $y$   | $$x_{1}$$ and $y$
            costs \\$5          | costs $5
            \\foo{bar}          | \\foo{bar}
            \\dagger            | †
            (7\\texttimes{}7)   | (7×7)
            1.3\\textmu{}m      | 1.3µm
            (11\\textasciimacron{}00) | (11¯00)
            \\langle{}110\\rangle{} | ⟨110⟩
            Vapor\\textrightarrow{}Liquid | Vapor→Liquid
            GaN\\ding{73}       | GaN✩
            \\BibTeX-based      | BibTeX-based
            Paired Twins and \\{112\\} Morphology | Paired Twins and \\{112\\} Morphology
            Thin \\{\\vphantom\\}{{GaN}}\\vphantom\\{\\} Layers | Thin \\{{{GaN}}\\} Layers
            a \\textbraceleft{} b | a { b
            $\\{x\\}$ and \\{y\\} | $\\{x\\}$ and \\{y\\}
            \\apj              | ApJ
            {\\mnras}          | {MNRAS}
            \\aap{}            | A&A
            Galaxies at z {\\ensuremath{\\sim}} 2 | Galaxies at z {$\\sim$} 2
            """)
    void convertsLatexToUnicode(String latex, String unicode) {
        assertThat(Latex.toUnicode(latex)).isEqualTo(unicode);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            A & B 50% C# a_b
            {BERT} models
            $\\ell_1$ -- literal -- dashes
            en – and em — dashes
            a~tilde and a\u00A0space
            unbalanced { brace
            {} empty group
            lone $ dollar
            back\\slash and \\\\
            \\emph{kept} and \\textsc{small caps} and H\\textsubscript{2}O
            {\\emph{x}} and \\emph{}
            a literal \\emph without braces
            two '' quotes and `` these
            soft\u00ADhyphen
            \\relax and \\foo{bar} and {\\foo bar}
            7×7 µm ⟨110⟩ → ✩ BibTeX and \\texttimes typed
            \\{112\\} and {GaN}
            {BERT} and a lone \\{
            \\} before \\{ and {BERT}
            $\\{x\\}$ and \\{y\\}
            """)
    void writtenTextReadsBackUnchanged(String text) {
        assertThat(Latex.toUnicode(Latex.toBibtex(text))).isEqualTo(text);
    }

    @Test
    void mathInEnsuremathAndAstronomyJournalMacrosAreNotReportedAsUnknown() {
        assertThat(Latex.unknownCommands("Ly{\\ensuremath{\\alpha}} Profile at z {\\ensuremath{\\sim}} 2 in \\apjl")).isEmpty();
        assertThat(Latex.unknownCommands("z\\raisebox{-0.5ex}\\textasciitilde1 and $\\beta$")).containsExactly("raisebox");
    }

    @Test
    void commandsInMathBetweenParenthesesOrBracketsAreNotReportedAsUnknown() {
        // an optimisation paper's title, its conditions written with \( \) as al-folio's MathJax reads them
        assertThat(Latex.unknownCommands("converges with \\(0 < \\theta \\le 1\\,\\) and \\(\\tau\\sigma\\|L\\|^2 < 4\\)"))
                .isEmpty();
        assertThat(Latex.unknownCommands("a display \\[\\sum_i x_i \\le \\epsilon\\] then \\mystery text")).containsExactly("mystery");
        assertThat(Latex.unknownCommands("an unclosed \\(\\theta here")).containsExactly("theta");
    }

    @Test
    void thePhysicalReviewsBranchesForMathAndTextTakeTheOneTexWouldTake() {
        // APS writes each accent for both of TeX's modes; outside math TeX takes the \else branch, inside the first
        assertThat(Latex.toUnicode("Dragi\\ifmmode \\check{c}\\else \\v{c}\\fi{}evi\\'c"))
                .isEqualTo("Dragičević");
        assertThat(Latex.toUnicode("Louren\\ifmmode \\mbox{\\c{c}}\\else \\c{c}\\fi{}o")).isEqualTo("Lourenço");
        assertThat(Latex.toUnicode("${W}^{\\ifmmode\\pm\\else\\textpm\\fi{}}$ bosons"))
                .isEqualTo("${W}^{\\pm}$ bosons");
        assertThat(Latex.unknownCommands("Dragi\\ifmmode \\check{c}\\else \\v{c}\\fi{}evi\\'c")).isEmpty();
    }
}
