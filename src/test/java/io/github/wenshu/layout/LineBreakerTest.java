package io.github.wenshu.layout;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.wenshu.layout.FakeMetrics.WIDTH;
import static io.github.wenshu.layout.FakeMetrics.glyphs;
import static io.github.wenshu.layout.FakeMetrics.line;
import static io.github.wenshu.layout.FakeMetrics.rightEdge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineBreakerTest {

    private static final String HAN = "落实第一议题学习制度通过召开党组会议党组理论学习中心组学习会等方式认真传达学习习近平总书记重要讲话";
    private static final Measure BODY = new Measure(WIDTH, 0, 0, Align.JUSTIFY);
    private static final String CLOSING = "，。、；：？！）》”’」』】〉〕,.;:?!)%";
    private static final String OPENING = "（《“‘「『【〈〔";

    private static List<String> lines(String text, Measure m) {
        Glyphs g = glyphs(text);
        LineSet set = LineBreaker.INSTANCE.breakLines(g, m);
        List<String> out = new ArrayList<>();
        for (int l = 0; l < set.count(); l++) {
            out.add(line(g, set, l));
        }
        return out;
    }

    @Test
    void twentyEightFullWidthCharactersFillALineExactly() {
        Glyphs g = glyphs(HAN.substring(0, 40));
        LineSet set = LineBreaker.INSTANCE.breakLines(g, BODY);
        assertEquals(2, set.count());
        assertEquals(28, set.end(0) - set.start(0));
        assertEquals(0f, set.x(0), 0.001f);
        assertEquals(WIDTH, rightEdge(g, set, 0), 0.01f);
        assertEquals(27 * WIDTH / 28, set.x(27), 0.01f);
    }

    @Test
    void firstLineIndentTakesTwoCharacters() {
        List<String> lines = lines(HAN + HAN, new Measure(WIDTH, 2 * WIDTH / 28, 0, Align.JUSTIFY));
        assertEquals(26, lines.get(0).length());
        assertEquals(28, lines.get(1).length());
    }

    @Test
    void everyClosingMarkAtPosition29StaysOffTheNextLineStart() {
        for (char mark : CLOSING.toCharArray()) {
            for (String lead : List.of("", "，")) {
                String text = lead + HAN.substring(0, 28 - lead.length()) + mark + HAN.substring(28, 40);
                Glyphs g = glyphs(text);
                LineSet set = LineBreaker.INSTANCE.breakLines(g, BODY);
                String second = line(g, set, 1);
                assertFalse(CharClass.isClosing(second.codePointAt(0)), () -> "line 2 starts with " + second);
                assertEquals(WIDTH, rightEdge(g, set, 0), 0.05f, () -> "right edge with " + mark);
                assertTrue(set.x(set.end(0) - 1) < WIDTH, "last glyph starts inside the measure");
            }
        }
    }

    @Test
    void everyOpeningMarkAtPosition28MovesToTheNextLine() {
        for (char mark : OPENING.toCharArray()) {
            String text = HAN.substring(0, 27) + mark + HAN.substring(27, 40);
            Glyphs g = glyphs(text);
            LineSet set = LineBreaker.INSTANCE.breakLines(g, BODY);
            String first = line(g, set, 0);
            assertFalse(CharClass.isOpening(first.codePointAt(first.length() - 1)), () -> "line 1 ends " + first);
            assertEquals(WIDTH, rightEdge(g, set, 0), 0.05f);
            assertEquals(0f, set.x(set.start(1)), 0.001f, "an opening mark that starts a line is not pulled left");
        }
    }

    @Test
    void doubledMarksAreNeverSplit() {
        for (String pair : List.of("——", "……")) {
            for (int at = 26; at <= 28; at++) {
                String text = HAN.substring(0, at - 1) + pair + HAN.substring(at, 40);
                for (String l : lines(text, BODY)) {
                    assertFalse(l.endsWith(pair.substring(0, 1)) && !l.endsWith(pair), () -> "split " + l);
                }
            }
        }
    }

    @Test
    void numbersAndWordsBreakOnlyAtTheirBoundaries() {
        for (String word : List.of("2024年", "99.88%", "1.88亿元", "https://www.baoan.gov.cn/sfj")) {
            for (int at = 20; at <= 28; at++) {
                String text = HAN.substring(0, at) + word + HAN.substring(at, 40);
                List<String> lines = lines(text, BODY);
                assertTrue(lines.stream().anyMatch(l -> l.contains(word)), () -> word + " split: " + lines);
            }
        }
    }

    @Test
    void aWordLongerThanALineIsBrokenInsideIt() {
        String url = "https://example.org/" + "a".repeat(80);
        List<String> lines = lines(url, BODY);
        assertTrue(lines.size() >= 2);
        assertEquals(url, String.join("", lines));
    }

    @Test
    void lastLineIsNotJustifiedAndCenteredLinesAreCentered() {
        Glyphs g = glyphs("标题文字");
        LineSet set = LineBreaker.INSTANCE.breakLines(g, new Measure(WIDTH, 0, 0, Align.CENTER));
        float used = g.width(0, 4);
        assertEquals((WIDTH - used) / 2, set.x(0), 0.01f);
        LineSet body = LineBreaker.INSTANCE.breakLines(g, BODY);
        assertEquals(g.width(0), body.x(1), 0.01f);
    }

    @Test
    void textIsKeptCompleteAcrossLines() {
        String text = ("全年共开展党组会“第一议题”学习25次、理论学习中心组学习40次。领导干部学法考试优秀率99.88%。").repeat(7);
        assertEquals(text, String.join("", lines(text, BODY)));
    }
}
