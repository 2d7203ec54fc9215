package io.github.wenshu.font;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The faces tried, in order, for the text of one font role: the role's face, then the full-coverage fallback.
 * Text is split glyph by glyph into runs drawn by the same face; code points no face has become
 * {@linkplain Segment#missing() missing} segments, drawn as a visible {@link #REPLACEMENT} and reported.
 *
 * <pre>{@code
 * FontChain chain = FontSet.bundled().chain(FontRole.FANGSONG);
 * for (FontChain.Segment s : chain.split("张堃同志")) {
 *     cb.setFontAndSize(s.face().pdfFont(), 16);
 *     cb.showText(s.drawnText());
 * }
 * }</pre>
 */
public final class FontChain {
    /** What is drawn for each code point that no face of the chain has: U+25A1 WHITE SQUARE. */
    public static final String REPLACEMENT = "\u25A1";

    private final List<FontFace> faces;

    FontChain(List<FontFace> faces) {
        if (faces.isEmpty()) {
            throw new IllegalArgumentException("a font chain needs at least one face");
        }
        this.faces = List.copyOf(faces);
    }

    /** The faces in the order they are tried. */
    public List<FontFace> faces() {
        return faces;
    }

    /** The first face, the role's own. */
    public FontFace primary() {
        return faces.get(0);
    }

    /** The last face, which also draws the replacement for missing glyphs. */
    public FontFace fallback() {
        return faces.get(faces.size() - 1);
    }

    /** The face that draws this code point, or null when none of the chain has it. */
    public FontFace faceFor(int codePoint) {
        for (FontFace face : faces) {
            if (face.canDisplay(codePoint)) {
                return face;
            }
        }
        return null;
    }

    /** Whether some face of the chain has a glyph for the code point. */
    public boolean canDisplay(int codePoint) {
        return faceFor(codePoint) != null;
    }

    /**
     * Splits text into maximal runs of code points drawn by the same face. Default-ignorable code points (zero-width
     * space and joiners, variation selectors, soft hyphen, BOM) join the run they are in and are never missing.
     */
    public List<Segment> split(String text) {
        List<Segment> out = new ArrayList<>();
        FontFace current = null;
        boolean currentMissing = false;
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            FontFace face;
            boolean missing;
            if (isDefaultIgnorable(cp) && i > 0) {
                face = current;
                missing = currentMissing;
            } else {
                face = faceFor(cp);
                missing = face == null && !isDefaultIgnorable(cp);
                if (face == null) {
                    face = fallback();
                }
            }
            if (i > start && (face != current || missing != currentMissing)) {
                out.add(new Segment(current, text.substring(start, i), currentMissing));
                start = i;
            }
            current = face;
            currentMissing = missing;
            i += Character.charCount(cp);
        }
        if (i > start) {
            out.add(new Segment(current, text.substring(start, i), currentMissing));
        }
        return out;
    }

    static boolean isDefaultIgnorable(int cp) {
        return cp == 0x00AD || cp == 0x034F || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0000 && cp <= 0xE0FFF);
    }

    /**
     * A run of text drawn by one face.
     *
     * @param face    the face that draws it; for a missing run, the fallback, which draws the replacement
     * @param text    the original code points, also for a missing run (for reporting)
     * @param missing true if no face of the chain has glyphs for these code points
     */
    public record Segment(FontFace face, String text, boolean missing) {
        public Segment {
            Objects.requireNonNull(face, "face");
            Objects.requireNonNull(text, "text");
        }

        /** What to draw: the text itself, or one {@link #REPLACEMENT} per code point of a missing run. */
        public String drawnText() {
            return missing ? REPLACEMENT.repeat((int) text.codePoints().count()) : text;
        }

        /** Advance width of {@link #drawnText()} in 1/1000 em. */
        public float advance() {
            return face.advance(drawnText());
        }
    }
}
