package io.github.wenshu.font;

import com.lowagie.text.pdf.BaseFont;

import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One typeface of a {@link FontSet}: glyph coverage, metrics, the embeddable PDF font and TrueType subsets for
 * DOCX. The font file is read and parsed on first use, once, and then shared by every thread and export.
 *
 * <pre>{@code
 * FontFace fang = FontSet.bundled().face(FontRole.FANGSONG);
 * if (fang.canDisplay('堃')) { ... }
 * float width = fang.advance('中') * 16 / 1000f;     // points at 16 pt
 * }</pre>
 */
public final class FontFace {
    private final String fileName;
    private final int faceIndex;
    private final Supplier<byte[]> source;
    private volatile String familyName;
    private volatile Parsed parsed;
    private GlyfTables glyfTables;
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Object> derived =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The parsed font; {@code bmp} holds the advance of each BMP code point, or -1 where the face has no glyph. */
    private record Parsed(byte[] data, BaseFont pdfFont, String familyName, float ascent, float descent, short[] bmp) {
    }

    private static final int BMP = 0x10000;

    FontFace(String fileName, int faceIndex, String familyName, Supplier<byte[]> source) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.faceIndex = faceIndex;
        this.familyName = familyName;
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The family name from the font's name table, such as "FandolFang" or "Noto Serif CJK SC". */
    public String familyName() {
        String name = familyName;
        return name != null ? name : parsed().familyName();
    }

    /** The file this face comes from, with ",N" for a face of a TrueType collection. */
    public String fileName() {
        return faceIndex >= 0 ? fileName + "," + faceIndex : fileName;
    }

    /** Whether the face maps this code point to a glyph. */
    public boolean canDisplay(int codePoint) {
        Parsed p = parsed();
        if (codePoint >= 0 && codePoint < BMP) {
            return p.bmp()[codePoint] >= 0;
        }
        return p.pdfFont().charExists(codePoint);
    }

    /** Advance width in 1/1000 em (PDF glyph space); 0 when the face has no glyph for the code point. */
    public float advance(int codePoint) {
        Parsed p = parsed();
        if (codePoint >= 0 && codePoint < BMP) {
            return Math.max(p.bmp()[codePoint], 0);
        }
        return p.pdfFont().getWidth(codePoint);
    }

    /** Advance width of a whole string in 1/1000 em. */
    public float advance(String text) {
        float sum = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            sum += advance(cp);
            i += Character.charCount(cp);
        }
        return sum;
    }

    /** Typographic ascender in 1/1000 em. */
    public float ascent() {
        return parsed().ascent();
    }

    /** Typographic descender in 1/1000 em, negative. */
    public float descent() {
        return parsed().descent();
    }

    /**
     * The face as an OpenPDF font: Identity-H, embedded as a subset with a ToUnicode map. One instance is shared by
     * all exports; this is safe because the font is parsed from memory and OpenPDF writes each document's subset
     * through its own reader over that memory, keeping the used glyphs in the writer, not in the font.
     */
    public BaseFont pdfFont() {
        return parsed().pdfFont();
    }

    /** Whether the outlines are TrueType (glyf), which {@link #trueTypeSubset} and DOCX embedding need. */
    public boolean isTrueType() {
        byte[] data = parsed().data();
        return !FontData.isCff(data, Math.max(faceIndex, 0));
    }

    /**
     * A TrueType font with just the glyphs for these code points (plus .notdef), for embedding into DOCX.
     *
     * @throws IllegalStateException if the face has CFF outlines (see {@link #isTrueType()})
     */
    public byte[] trueTypeSubset(Set<Integer> codePoints) {
        return GlyfSubset.standalone(glyfTables(), codePoints, null);
    }

    /**
     * The same subset named {@code family}: its name table names that family (subfamily "Regular") and no other.
     *
     * @throws IllegalStateException if the face has CFF outlines (see {@link #isTrueType()})
     */
    public byte[] trueTypeSubset(Set<Integer> codePoints, String family) {
        return GlyfSubset.standalone(glyfTables(), codePoints, java.util.Objects.requireNonNull(family, "family"));
    }

    /**
     * The face's TrueType tables, parsed once and shared by the PDF and DOCX exporters (see {@link GlyfSubset}).
     *
     * @throws IllegalStateException if the face has CFF outlines (see {@link #isTrueType()}) or lacks a table
     */
    public synchronized GlyfTables glyfTables() {
        if (glyfTables == null) {
            if (!isTrueType()) {
                throw new IllegalStateException("font " + fileName() + " (" + familyName()
                        + ") has CFF outlines; a TrueType subset needs a glyf-based font: to embed it, use a "
                        + "TrueType (.ttf) version (fontTools converts one; see fonts/otf2ttf.py)");
            }
            glyfTables = GlyfTables.parse(parsed().data(), faceIndex, fileName());
        }
        return glyfTables;
    }

    /** The font file's bytes, read-only; for a face of a collection the whole collection (see {@link #faceIndex()}). */
    public java.nio.ByteBuffer bytes() {
        return java.nio.ByteBuffer.wrap(parsed().data()).asReadOnlyBuffer();
    }

    /** The face's index in a TrueType collection, or -1 for a single font file. */
    public int faceIndex() {
        return faceIndex;
    }

    /**
     * Data an exporter derives from this face (parsed tables, lookup arrays), computed once per type and then
     * shared by every export and thread, like the face itself; {@code compute} must return an immutable value.
     *
     * <pre>{@code
     * Glyphs g = face.derived(Glyphs.class, Glyphs::parse);
     * }</pre>
     */
    public <T> T derived(Class<T> type, java.util.function.Function<FontFace, ? extends T> compute) {
        return type.cast(derived.computeIfAbsent(type, t -> compute.apply(this)));
    }

    /** Parses the font now (it is otherwise parsed on first use); returns this face. */
    FontFace load() {
        parsed();
        return this;
    }

    private Parsed parsed() {
        Parsed p = parsed;
        if (p == null) {
            synchronized (this) {
                p = parsed;
                if (p == null) {
                    p = parse();
                    parsed = p;
                }
            }
        }
        return p;
    }

    private Parsed parse() {
        byte[] data = source.get();
        BaseFont font = FontData.openPdfFont(fileName, faceIndex, data);
        String family = familyName != null ? familyName : FontData.familyName(font, fileName);
        familyName = family;
        short[] bmp = new short[BMP];
        for (int cp = 0; cp < BMP; cp++) {
            bmp[cp] = font.charExists(cp) ? (short) Math.min(font.getWidth(cp), Short.MAX_VALUE) : -1;
        }
        return new Parsed(data, font, family,
                font.getFontDescriptor(BaseFont.ASCENT, 1000), font.getFontDescriptor(BaseFont.DESCENT, 1000), bmp);
    }

    @Override
    public String toString() {
        return "FontFace[" + fileName() + "]";
    }
}
