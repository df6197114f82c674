package org.scholarfolio.testing;

import java.util.List;

/**
 * Raw HTML written into Markdown the ways a browser's HTML parser reads differently from CommonMark's
 * grammar, or in ways an attacker would try: quotes typed by a word processor, unquoted and valueless
 * attributes, duplicates, spacing, case, tags over two lines, unclosed and odd end tags, comments and CDATA,
 * entities and NUL in addresses, foreign content, elements that change the page or load from elsewhere.
 * One snippet a line in the source text; {@code \n} in it stands for a line break.
 */
public final class RawHtmlCorpus {
    private static final String SNIPPETS = """
            <a href=”https://example.org/course">Course</a>
            <a href=”https://example.org/course”>Course</a>
            <a href=“https://example.org/course”>Course</a>
            <a href=‘https://example.org/course’>Course</a>
            See <a href=”https://example.org/course">the course</a> page.
            <a href="https://example.org/course”>Course</a> and more "text" here
            <a href=”javascript:alert(1)">js</a>
            <a href=”data:text/html,x">data</a>
            <a href=https://example.org/x>unquoted</a>
            <a href=https://example.org/?q=a'b>quote in unquoted</a>
            <a href=https://example.org/?q=a=b>equals in unquoted</a>
            <a href>no value</a>
            <a href="https://example.org/" href="javascript:x">dup</a>
            <a href="javascript:x" href="https://example.org/">dup2</a>
            <a href = "https://example.org/">spaces</a>
            <A HREF="https://example.org/">upper</A>
            <a\\nhref="https://example.org/">split</a>
            <a href="https://example.org/"title="t">nospace</a>
            <a @click=x href="https://example.org/">at</a>
            <a href="https://example.org/" target=_blank>target</a>
            <a href="https://example.org/"/>self-closed</a>
            <a href="https://example.org/">end with space</a >
            <a href="https://example.org/">end with attribute</a x=y>
            <b>unclosed bold
            <em title=a"b>quote in title</em>
            <img src=https://example.org/x.png alt=”pic">
            <img src=”/assets/x.png" alt="local">
            a <!-- c --> b
            a <!--> b
            a <!---> b
            a <![CDATA[ x > y ]]> b
            <a href="&#106;avascript:alert(1)">entity</a>
            <a href="&#x6A;avascript&colon;alert(1)">entity colon</a>
            <a href="java\\0script:alert(1)">nul</a>
            <a href="\\0javascript:alert(1)">nul first</a>
            <svg><a href="https://example.org/">svg link</a><text>t</text></svg>
            <svg><a xlink:href="javascript:alert(1)">xlink</a></svg>
            <math><mi>x</mi><a href="https://example.org/">m</a></math>
            <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>
            <noscript><b>ns</b></noscript>
            <template><b>tp</b></template>
            <base href="https://evil.test/">
            <meta http-equiv=refresh content="0;url=https://evil.test/">
            <form action="https://evil.test/"><button formaction="javascript:x">go</button></form>
            <img srcset="https://evil.test/a.png 1x" src="/a.png" alt="set">
            <span style="background:url(https://evil.test/x.png)">styled</span>
            <em>emph</em> and <i>it</i> and <strong>s</strong>
            <a href='https://example.org/'>single</a>
            <p>a <a href=”https://example.org/c">C</a> b</p>
            * <a href=”https://example.org/c">C</a>
            <script src=”https://evil.test/a.js"></script>
            <img src=x onerror=alert(1)>
            <a href="https://example.org/" onclick=”alert(1)">handler</a>
            <iframe src=”https://evil.test/"></iframe>
            """;

    private RawHtmlCorpus() {
    }

    /** The snippets, line breaks and NULs in place. */
    public static List<String> snippets() {
        return SNIPPETS.lines().map(s -> s.replace("\\n", "\n").replace("\\0", "\0")).toList();
    }
}
