package org.scholarfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MathSpansTest {

    @Test
    void findsTheClosingDollarAndSkipsEscapedOnes() {
        String s = "a $x\\$y$ b $$z$$ c";
        MathSpans math = new MathSpans(s, s.length());
        assertThat(math.end(2)).isEqualTo(8);
        assertThat(math.display(11)).isTrue();
        assertThat(math.end(11)).isEqualTo(16);
    }

    @Test
    void aDollarNeverClosedWithinTheStretchIsMinusOne() {
        String s = "$a$";
        assertThat(new MathSpans(s, 2).end(0)).isEqualTo(-1);
        assertThat(new MathSpans(s, 3).end(0)).isEqualTo(3);
    }

    /** The remembered dead ends must never change an answer, whatever order the searches come in. */
    @Test
    void remembersDeadEndsWithoutChangingAnyAnswer() {
        Random random = new Random(7);
        char[] alphabet = {'$', '$', '\\', 'a', '{', '}'};
        for (int round = 0; round < 20_000; round++) {
            char[] chars = new char[1 + random.nextInt(24)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(chars);
            MathSpans math = new MathSpans(s, s.length());
            boolean ascending = random.nextBoolean();
            for (int k = 0; k < s.length(); k++) {
                int open = ascending ? k : random.nextInt(s.length());
                if (s.charAt(open) == '$') {
                    assertThat(math.end(open)).as("%s at %d", s, open).isEqualTo(searchedAfresh(s, open));
                }
            }
        }
    }

    private static int searchedAfresh(String s, int open) {
        String delimiter = open + 1 < s.length() && s.charAt(open + 1) == '$' ? "$$" : "$";
        for (int i = open + delimiter.length(); i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.startsWith(delimiter, i)) {
                return i + delimiter.length();
            }
        }
        return -1;
    }
}
