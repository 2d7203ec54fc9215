package io.github.wenshu.reliability;

import java.util.function.Function;

/**
 * Strings from every corner of Unicode for generated reports: mostly Chinese text and punctuation, with
 * ASCII, combining marks, emoji (with ZWJ and variation selectors), Arabic and Hebrew (RTL), bidi controls,
 * supplementary-plane hanzi, private-use and tag characters, C0/C1 control characters, noncharacters and
 * unpaired surrogates mixed in.
 *
 * <pre>{@code
 * String s = Texts.any(new Gen(7), 40);
 * }</pre>
 */
final class Texts {

    private Texts() {
    }

    private static Function<Gen, String> cps(int from, int to) {
        return g -> Character.toString(g.between(from, to));
    }

    private static Function<Gen, String> of(String... options) {
        return g -> g.pick(options);
    }

    /** One code point (or a lone surrogate, or an emoji sequence), weighted towards official documents. */
    static String piece(Gen g) {
        return g.weighted(
                40, cps(0x4E00, 0x9FFF),                                        // URO hanzi
                8, of("，", "。", "、", "；", "：", "？", "！", "“", "”", "（", "）", "《", "》", "—", "…",
                        "〔", "〕", "·", "　"),
                10, cps(0x21, 0x7E),                                            // ASCII
                4, of(" ", "\t", "\n", "\r\n", "\u00A0", "\u3000"),
                3, cps(0x00A1, 0x024F),                                         // Latin-1, Latin Extended
                3, cps(0x0300, 0x036F),                                         // combining marks
                3, cps(0x0590, 0x06FF),                                         // Hebrew, Arabic (RTL)
                1, of("\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
                        "\u2069", "\u200E", "\u200F"),                          // bidi controls
                1, of("\u200B", "\u200C", "\u200D", "\uFEFF", "\u00AD", "\u2060"),
                3, cps(0x1F300, 0x1FAFF),                                       // emoji
                1, of("👨\u200D👩\u200D👧", "❤\uFE0F", "🇨🇳", "1\uFE0F\u20E3", "👍🏽"),
                3, cps(0x20000, 0x2A6DF),                                       // CJK Extension B
                1, cps(0x30000, 0x3134F),                                       // CJK Extension G (plane 3)
                1, cps(0x10000, 0x1FFFF),                                       // anything in plane 1
                1, cps(0xE000, 0xF8FF),                                         // private use
                1, cps(0xF0000, 0x10FFFD),                                      // supplementary private use
                1, cps(0xE0000, 0xE007F),                                       // tags
                2, cps(0x0000, 0x001F),                                         // C0 controls
                1, cps(0x007F, 0x009F),                                         // DEL, C1 controls
                1, of("\uFFFE", "\uFFFF", "\uFDD0", "\uFFFD"),                  // noncharacters
                1, of("\uD800", "\uDBFF", "\uDC00", "\uDFFF"));                 // unpaired surrogates
    }

    /** Up to {@code max} pieces. */
    static String any(Gen g, int max) {
        return String.join("", g.list(0, max, () -> piece(g)));
    }

    /** Mostly short, sometimes empty, now and then a few thousand characters. */
    static String paragraph(Gen g) {
        return g.weighted(
                2, (Function<Gen, String>) x -> "",
                20, (Function<Gen, String>) x -> any(x, 60),
                1, (Function<Gen, String>) x -> String.join("", x.list(500, 3000, () -> piece(x))));
    }

    /** A short text for a caption, a metadata field or a cell. */
    static String shortText(Gen g) {
        return any(g, 16);
    }
}
