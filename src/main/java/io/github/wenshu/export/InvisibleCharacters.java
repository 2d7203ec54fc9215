package io.github.wenshu.export;

import java.util.Locale;

/**
 * Invisible format characters (Unicode Cf and the variation selectors): what a format does with them, class by
 * class. None of them carries ink, so both formats print nothing for them. A DOCX keeps every one in its text
 * (Word and LibreOffice honour joiners, bidi controls and soft hyphens). A PDF keeps one only where the face has
 * a glyph for it; the others are left out of its text and each is named by an {@value #CODE} warning:
 * <ul>
 *   <li>joiners and variation selectors (U+200C, U+200D, U+034F, U+FE00–FE0F, U+E0100–E01EF): the PDF draws each
 *       character on its own, without joined or variant forms;</li>
 *   <li>bidi controls (U+061C, U+200E, U+200F, U+202A–202E, U+2066–2069): the PDF sets text in stored order;</li>
 *   <li>U+00AD soft hyphen: never drawn, as Wenshu does not hyphenate (a face's hyphen glyph would show);</li>
 *   <li>U+200B zero-width space, U+2060 word joiner, U+FEFF byte-order mark: line-break hints with no effect on
 *       Chinese text, which may break between any two characters. The text reader removes U+200B and U+FEFF
 *       (copy-and-paste debris) when it reads, as {@code docs/text-format.md} says.</li>
 * </ul>
 *
 * <pre>{@code
 * if (InvisibleCharacters.is(cp) && !face.canDisplay(cp)) {
 *     warnings.add(InvisibleCharacters.leftOut(cp, "body[3]"));
 * }
 * }</pre>
 */
public final class InvisibleCharacters {
    /** The warning code. */
    public static final String CODE = "invisible-character";

    private InvisibleCharacters() {
    }

    /** Whether the code point is an invisible format character or variation selector. */
    public static boolean is(int cp) {
        return Character.getType(cp) == Character.FORMAT || cp == 0x034F || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** The warning for a character the PDF leaves out of its text. */
    public static Warning leftOut(int cp, String location) {
        String name = Character.getName(cp);
        return new Warning(CODE, location, String.format(Locale.ROOT,
                "U+%04X %s is not kept in the PDF (nothing is drawn for it and its text leaves it out): %s",
                cp, name == null ? "" : name, why(cp)));
    }

    static String why(int cp) {
        if (cp == 0x00AD) {
            return "Wenshu does not hyphenate, so a soft hyphen never shows";
        }
        if (cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)) {
            return "the PDF sets text in stored order, without bidirectional reordering";
        }
        if (cp == 0x200C || cp == 0x200D || cp == 0x034F || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF)) {
            return "the PDF draws each character on its own, without joined or variant forms";
        }
        if (cp == 0x200B || cp == 0x2060 || cp == 0xFEFF) {
            return "a line-break hint, without effect on Chinese text";
        }
        return "an invisible format character";
    }
}
