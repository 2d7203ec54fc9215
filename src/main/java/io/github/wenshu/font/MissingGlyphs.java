package io.github.wenshu.font;

import io.github.wenshu.export.Warning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns code points that no face could draw into {@code missing-glyph} warnings, one per code point, each with the
 * text around it so that a person can find it.
 *
 * <pre>{@code
 * String text = "编号\uE000的文件";
 * List<Warning> w = MissingGlyphs.warnings(text, chain.split(text), "body[3]");
 * // body[3]: U+E000 '' has no glyph in any font; drawn as □ (…编号的文件…) [missing-glyph]
 * }</pre>
 */
public final class MissingGlyphs {
    /** The warning code. */
    public static final String CODE = "missing-glyph";
    private static final int CONTEXT = 5;

    private MissingGlyphs() {
    }

    /** Warnings for the missing segments of {@code segments}, which must be {@code chain.split(text)}. */
    public static List<Warning> warnings(String text, List<FontChain.Segment> segments, String location) {
        List<Warning> out = new ArrayList<>();
        int offset = 0;
        for (FontChain.Segment s : segments) {
            if (s.missing()) {
                for (int i = 0; i < s.text().length(); ) {
                    int cp = s.text().codePointAt(i);
                    out.add(warning(text, offset + i, location));
                    i += Character.charCount(cp);
                }
            }
            offset += s.text().length();
        }
        return out;
    }

    /** Splits the text with the chain and returns the warnings for what it cannot draw. */
    public static List<Warning> warnings(FontChain chain, String text, String location) {
        return warnings(text, chain.split(text), location);
    }

    /** The warning for the code point at char index {@code index} of {@code text}. */
    public static Warning warning(String text, int index, String location) {
        int cp = text.codePointAt(index);
        return new Warning(CODE, location, String.format(Locale.ROOT,
                "U+%04X '%s' has no glyph in any font; drawn as %s (…%s…)",
                cp, new String(Character.toChars(cp)), FontChain.REPLACEMENT, context(text, index)));
    }

    private static String context(String text, int index) {
        int start = index;
        for (int n = 0; n < CONTEXT && start > 0; n++) {
            start = text.offsetByCodePoints(start, -1);
        }
        int end = index;
        for (int n = 0; n <= CONTEXT && end < text.length(); n++) {
            end = text.offsetByCodePoints(end, 1);
        }
        return text.substring(start, end).replaceAll("\\s+", " ");
    }
}
