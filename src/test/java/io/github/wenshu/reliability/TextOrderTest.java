package io.github.wenshu.reliability;

import io.github.wenshu.export.Warning;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The "no text lost" judge itself catches a lost, a reordered and a silently replaced character. */
class TextOrderTest {

    @Test
    void everyCharacterInOrderWhitespaceAsidePasses() {
        assertNull(TextOrder.firstLoss(List.of("一、总体 情况", "正文"), "一、\n总体情况\t— 1 —\n正 文", List.of()));
    }

    @Test
    void aLostCharacterIsFound() {
        assertNotNull(TextOrder.firstLoss(List.of("张三堃"), "张三", List.of()));
    }

    @Test
    void aReorderedTextIsFound() {
        assertNotNull(TextOrder.firstLoss(List.of("甲", "乙"), "乙甲", List.of()));
    }

    @Test
    void aReplacedControlCharacterMustBeReported() {
        Warning w = new Warning("invalid-character", "body[0]", "U+0001 cannot be stored and was replaced by U+FFFD");
        assertNull(TextOrder.firstLoss(List.of("a\u0001b"), "a\uFFFDb", List.of(w)));
        assertNotNull(TextOrder.firstLoss(List.of("a\u0001b"), "a\uFFFDb", List.of()));
    }

    @Test
    void aCharacterNamedInAWarningMayBeMissing() {
        Warning w = new Warning("missing-glyph", "body[0]", "U+1F600 '😀' has no glyph in any font");
        assertNull(TextOrder.firstLoss(List.of("笑😀了"), "笑了", List.of(w)));
        assertNull(TextOrder.firstLoss(List.of("😀了"), "□了", List.of(w)));
        assertNotNull(TextOrder.firstLoss(List.of("笑😀了"), "笑了", List.of()));
    }
}
