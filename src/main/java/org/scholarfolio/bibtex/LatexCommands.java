package org.scholarfolio.bibtex;

import java.util.Map;
import java.util.Set;

/** The LaTeX commands BibTeX values use, by what {@link Latex} does with each. */
final class LatexCommands {

    static final Map<Character, Character> ACCENT_SYMBOLS = Map.ofEntries(
            Map.entry('\'', '\u0301'), Map.entry('`', '\u0300'), Map.entry('^', '\u0302'),
            Map.entry('"', '\u0308'), Map.entry('~', '\u0303'), Map.entry('=', '\u0304'),
            Map.entry('.', '\u0307'));

    static final Map<String, Character> ACCENT_WORDS = Map.of(
            "u", '\u0306', "v", '\u030C', "H", '\u030B', "c", '\u0327', "d", '\u0323',
            "b", '\u0331', "r", '\u030A', "k", '\u0328', "t", '\u0361');

    static final Map<String, String> SYMBOL_WORDS = Map.ofEntries(
            Map.entry("ss", "ß"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("aa", "å"),
            Map.entry("AA", "Å"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"),
            Map.entry("OE", "Œ"), Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"),
            Map.entry("j", "ȷ"), Map.entry("dh", "ð"), Map.entry("DH", "Ð"), Map.entry("th", "þ"),
            Map.entry("TH", "Þ"), Map.entry("dag", "†"), Map.entry("dagger", "†"),
            Map.entry("textdagger", "†"), Map.entry("ddag", "‡"), Map.entry("ddagger", "‡"),
            Map.entry("textdaggerdbl", "‡"), Map.entry("S", "§"), Map.entry("P", "¶"),
            Map.entry("textendash", "–"), Map.entry("textemdash", "—"), Map.entry("ldots", "…"),
            Map.entry("dots", "…"), Map.entry("textellipsis", "…"), Map.entry("textquoteright", "’"),
            Map.entry("textquoteleft", "‘"), Map.entry("textquotedblleft", "“"), Map.entry("textquotedblright", "”"),
            // textcomp's straight quotes, as a proceedings' .bib writes an apostrophe: China{\textquotesingle}s
            Map.entry("textquotesingle", "'"), Map.entry("textquotedbl", "\""),
            Map.entry("textasciitilde", "~"), Map.entry("textbackslash", "\\"),
            Map.entry("textbraceleft", "{"), Map.entry("textbraceright", "}"),
            Map.entry("copyright", "©"), Map.entry("textregistered", "®"),
            Map.entry("texttrademark", "™"), Map.entry("pounds", "£"), Map.entry("euro", "€"),
            Map.entry("textdegree", "°"), Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"),
            Map.entry("slash", "/"), Map.entry("hyphen", "-"), Map.entry("textbar", "|"), Map.entry("textless", "<"),
            Map.entry("textgreater", ">"), Map.entry("textunderscore", "_"), Map.entry("textasciicircum", "^"),
            Map.entry("quad", "\u2003"), Map.entry("qquad", "\u2003\u2003"), Map.entry("enspace", "\u2002"),
            Map.entry("thinspace", "\u2009"), Map.entry("relax", ""), Map.entry("noindent", ""),
            Map.entry("unskip", ""), Map.entry("nobreak", ""), Map.entry("textperiodcentered", "·"),
            Map.entry("textbullet", "•"), Map.entry("textsection", "§"), Map.entry("textparagraph", "¶"),
            // textcomp's symbols, as Zotero writes them for the Unicode it cannot put in a .bib
            Map.entry("texttimes", "×"), Map.entry("textdiv", "÷"), Map.entry("textpm", "±"),
            Map.entry("textminus", "−"), Map.entry("textmu", "µ"), Map.entry("textasciimacron", "¯"),
            Map.entry("textasciiacute", "´"), Map.entry("textasciidieresis", "¨"), Map.entry("textasciicaron", "ˇ"),
            Map.entry("textasciibreve", "˘"), Map.entry("textasciigrave", "`"), Map.entry("textrightarrow", "→"),
            Map.entry("textleftarrow", "←"), Map.entry("textuparrow", "↑"), Map.entry("textdownarrow", "↓"),
            Map.entry("textlangle", "⟨"), Map.entry("textrangle", "⟩"), Map.entry("langle", "⟨"),
            Map.entry("rangle", "⟩"), Map.entry("textonehalf", "½"), Map.entry("textonequarter", "¼"),
            Map.entry("textthreequarters", "¾"), Map.entry("textperthousand", "‰"), Map.entry("textcelsius", "℃"),
            Map.entry("textohm", "Ω"), Map.entry("textcopyright", "©"), Map.entry("textexclamdown", "¡"),
            Map.entry("textquestiondown", "¿"), Map.entry("guillemotleft", "«"), Map.entry("guillemotright", "»"),
            Map.entry("guilsinglleft", "‹"), Map.entry("guilsinglright", "›"), Map.entry("textcent", "¢"),
            Map.entry("textyen", "¥"), Map.entry("textsterling", "£"), Map.entry("texteuro", "€"),
            Map.entry("textnumero", "№"), Map.entry("textordfeminine", "ª"), Map.entry("textordmasculine", "º"),
            Map.entry("textmusicalnote", "♪"), Map.entry("textbigcircle", "◯"), Map.entry("textopenbullet", "◦"),
            Map.entry("textdegreecelsius", "℃"), Map.entry("BibTeX", "BibTeX"), Map.entry("LaTeXe", "LaTeX2ε"),
            // the TeX world's logos, as TUGboat's and other TeX journals' titles write them
            Map.entry("AmSTeX", "AMS-TeX"), Map.entry("AmSLaTeX", "AMS-LaTeX"), Map.entry("AMS", "AMS"),
            Map.entry("MF", "METAFONT"), Map.entry("MP", "MetaPost"), Map.entry("ConTeXt", "ConTeXt"),
            Map.entry("XeTeX", "XeTeX"), Map.entry("XeLaTeX", "XeLaTeX"), Map.entry("LuaTeX", "LuaTeX"),
            Map.entry("LuaLaTeX", "LuaLaTeX"), Map.entry("pdfTeX", "pdfTeX"), Map.entry("pdfLaTeX", "pdfLaTeX"),
            Map.entry("eTeX", "ε-TeX"), Map.entry("BibLaTeX", "BibLaTeX"), Map.entry("CTAN", "CTAN"),
            Map.entry("TUB", "TUGboat"), Map.entry("AllTeX", "(La)TeX"), Map.entry("Dash", "\u2009—\u2009"),
            // biblatex's punctuation commands, as a bibliography kept for biblatex writes them (LICS '20, ACM\addslash{}IEEE)
            Map.entry("addslash", "/"), Map.entry("adddot", "."), Map.entry("addperiod", "."), Map.entry("addcomma", ","),
            Map.entry("addcolon", ":"), Map.entry("addsemicolon", ";"), Map.entry("addspace", " "),
            Map.entry("addnbspace", "\u00A0"), Map.entry("addthinspace", "\u2009"), Map.entry("addnbthinspace", "\u202F"),
            Map.entry("addabbrvspace", " "));

    /** pifont's {@code \ding{n}} symbols that titles use (Zapf Dingbats codes as Unicode maps them). */
    static final Map<String, String> DINGBATS = Map.ofEntries(Map.entry("51", "✓"), Map.entry("52", "✔"),
            Map.entry("55", "✗"), Map.entry("56", "✘"), Map.entry("72", "★"), Map.entry("73", "✩"),
            Map.entry("108", "●"), Map.entry("110", "■"), Map.entry("117", "◆"));

    /**
     * The AAS journal macros that NASA ADS writes into every astronomy entry ({@code journal = {\apj}}),
     * as the AAS and journal class files print them in a reference list.
     */
    static final Map<String, String> JOURNAL_MACROS = Map.ofEntries(
            Map.entry("aj", "AJ"), Map.entry("actaa", "Acta Astron."), Map.entry("araa", "ARA&A"),
            Map.entry("apj", "ApJ"), Map.entry("apjl", "ApJL"), Map.entry("apjlett", "ApJL"), Map.entry("apjs", "ApJS"),
            Map.entry("apjsupp", "ApJS"), Map.entry("ao", "Appl. Opt."), Map.entry("applopt", "Appl. Opt."),
            Map.entry("apss", "Ap&SS"), Map.entry("aap", "A&A"), Map.entry("astap", "A&A"), Map.entry("aapr", "A&A Rv"),
            Map.entry("aaps", "A&AS"), Map.entry("azh", "AZh"), Map.entry("baas", "BAAS"),
            Map.entry("bac", "Bull. Astron. Inst. Czechoslovakia"), Map.entry("bain", "Bull. Astron. Inst. Netherlands"),
            Map.entry("caa", "Chinese Astron. Astrophys."), Map.entry("cjaa", "Chinese J. Astron. Astrophys."),
            Map.entry("icarus", "Icarus"), Map.entry("jcap", "JCAP"), Map.entry("jrasc", "JRASC"),
            Map.entry("jaavso", "JAAVSO"), Map.entry("memras", "MmRAS"), Map.entry("mnras", "MNRAS"),
            Map.entry("na", "NewA"), Map.entry("nar", "NewAR"), Map.entry("pra", "PhRvA"), Map.entry("prb", "PhRvB"),
            Map.entry("prc", "PhRvC"), Map.entry("prd", "PhRvD"), Map.entry("pre", "PhRvE"), Map.entry("prl", "PhRvL"),
            Map.entry("pasa", "PASA"), Map.entry("pasp", "PASP"), Map.entry("pasj", "PASJ"), Map.entry("psj", "PSJ"),
            Map.entry("rnaas", "RNAAS"), Map.entry("rmxaa", "RMxAA"), Map.entry("qjras", "QJRAS"),
            Map.entry("skytel", "S&T"), Map.entry("solphys", "SoPh"), Map.entry("sovast", "Soviet Ast."),
            Map.entry("ssr", "SSRv"), Map.entry("zap", "ZA"), Map.entry("nat", "Nature"), Map.entry("iaucirc", "IAUC"),
            Map.entry("aplett", "Astrophys. Lett."), Map.entry("apspr", "Astrophys. Space Phys. Res."),
            Map.entry("fcp", "Fund. Cosmic Phys."), Map.entry("gca", "GeoCoA"), Map.entry("grl", "Geophys. Res. Lett."),
            Map.entry("jcp", "J. Chem. Phys."), Map.entry("jgr", "J. Geophys. Res."),
            Map.entry("jqsrt", "J. Quant. Spectr. Rad. Transf."), Map.entry("memsai", "Mem. Soc. Astron. Italiana"),
            Map.entry("nphysa", "Nucl. Phys. A"), Map.entry("physrep", "Phys. Rep."), Map.entry("physscr", "Phys. Scr"),
            Map.entry("planss", "Planet. Space Sci."), Map.entry("procspie", "Proc. SPIE"), Map.entry("aspc", "ASP Conf. Ser."));

    /** Markup the model keeps, so the site shows it and BibTeX gets it back: {@code \emph{…}}. */
    static final Set<String> MARKUP_WORDS = Set.of("emph", "textit", "textbf", "textsc", "textsubscript",
            "textsuperscript", "texttt");

    /** biblatex's spellings of the same markup, kept in the model under the LaTeX name. */
    static final Map<String, String> MARKUP_ALIASES = Map.of("mkbibemph", "emph", "mkbibitalic", "textit",
            "mkbibbold", "textbf", "mkbibsuperscript", "textsuperscript", "mkbibsubscript", "textsubscript");

    /** Switches like {@code {\em text}}: the rest of the group, kept as the command's markup. */
    static final Map<String, String> MARKUP_SWITCHES = Map.of("em", "emph", "it", "textit", "itshape", "textit",
            "bf", "textbf", "bfseries", "textbf", "sc", "textsc", "scshape", "textsc", "tt", "texttt",
            "ttfamily", "texttt");

    /** Commands that only style their argument: the text stays, the command goes. */
    static final Set<String> STYLE_WORDS = Set.of("textrm", "textsf", "textup", "textmd", "textsl",
            "textnormal", "mbox", "hbox", "text", "underline", "uppercase", "MakeUppercase", "NoCaseChange",
            "textlf", "rm", "sf", "up", "md", "sl", "normalfont", "upshape", "mdseries", "rmfamily", "sffamily",
            "slshape", "small", "footnotesize", "scriptsize", "tiny", "large", "Large", "normalsize",
            "acro"); // TUGboat's acronym in small letters: \acro{PDF}

    /** Commands whose argument is quoted text. */
    static final Set<String> QUOTE_WORDS = Set.of("enquote", "mkbibquote");

    /** Commands that print nothing, argument and all. */
    static final Set<String> SILENT_WITH_ARGUMENT = Set.of("vphantom", "phantom", "hphantom", "noop");

    /** {@code \&}-style escapes and spacing commands after a backslash. */
    static final Map<Character, String> ESCAPED = Map.ofEntries(Map.entry('&', "&"), Map.entry('%', "%"),
            Map.entry('$', "$"), Map.entry('#', "#"), Map.entry('_', "_"), Map.entry('{', "{"), Map.entry('}', "}"),
            Map.entry(' ', " "), Map.entry('-', "\u00AD"), Map.entry('/', ""), Map.entry(',', "\u2009"),
            Map.entry(';', "\u2005"), Map.entry(':', "\u205F"), Map.entry('!', ""), Map.entry('@', ""));

    private LatexCommands() {
    }

    /** Whether {@link Latex#toUnicode} gives the command a meaning (and so a literal one must be escaped). */
    static boolean known(String name) {
        return ACCENT_WORDS.containsKey(name) || SYMBOL_WORDS.containsKey(name) || JOURNAL_MACROS.containsKey(name)
                || MARKUP_WORDS.contains(name)
                || MARKUP_ALIASES.containsKey(name) || MARKUP_SWITCHES.containsKey(name) || STYLE_WORDS.contains(name)
                || QUOTE_WORDS.contains(name) || SILENT_WITH_ARGUMENT.contains(name)
                || name.equals("url") || name.equals("href") || name.equals("ensuremath") || name.equals("ding");
    }
}
