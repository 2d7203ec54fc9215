package io.github.wenshu.font;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tables of one glyf-based TrueType face, parsed once per {@link FontFace} and shared by the PDF and the DOCX
 * exporters: where each table lies, each glyph's place in 'glyf', the horizontal metrics and the Unicode cmap
 * (chosen as OpenPDF chooses it, see {@link CmapReader}, so text is drawn with the glyphs it was measured with).
 * {@link GlyfSubset} writes subsets from it. Immutable and thread-safe; the font bytes are shared, not copied.
 *
 * <pre>{@code
 * GlyfTables t = face.glyfTables();
 * int glyph = t.glyph('中');                       // NONE when the face has none
 * int width = t.advance(glyph) * 1000 / t.unitsPerEm();
 * }</pre>
 */
public final class GlyfTables {

    /** {@link #glyph} of a code point the face does not map. */
    public static final int NONE = -1;

    /** A table's place in the font bytes. */
    record Table(int offset, int length) {
    }

    /** A code point beyond the BMP and its glyph, as visited by {@link #everySupplementary}. */
    @FunctionalInterface
    public interface Mapping {
        boolean test(int codePoint, int glyph);
    }

    final byte[] data;
    final Map<String, Table> tables;
    final int numGlyphs;
    /** Glyph {@code g} lies at {@code glyfOffset + loca[g]} to {@code glyfOffset + loca[g + 1]}. */
    final int[] loca;
    final int glyfOffset;
    private final int[] advances;
    private final short[] leftSideBearings;
    private final int unitsPerEm;
    private final int macStyle;
    private final CmapReader cmap;

    private GlyfTables(byte[] data, Map<String, Table> tables, String fileName) {
        this.data = data;
        this.tables = tables;
        Table head = required("head", fileName);
        Table hhea = required("hhea", fileName);
        Table hmtx = required("hmtx", fileName);
        Table locaTable = required("loca", fileName);
        this.numGlyphs = u16(data, required("maxp", fileName).offset() + 4);
        this.glyfOffset = required("glyf", fileName).offset();
        this.unitsPerEm = u16(data, head.offset() + 18);
        this.macStyle = u16(data, head.offset() + 44);
        boolean longLoca = u16(data, head.offset() + 50) != 0;
        this.loca = new int[numGlyphs + 1];
        for (int g = 0; g <= numGlyphs; g++) {
            loca[g] = longLoca ? FontData.readInt(data, locaTable.offset() + 4 * g)
                    : 2 * u16(data, locaTable.offset() + 2 * g);
        }
        int metrics = Math.max(1, u16(data, hhea.offset() + 34));
        this.advances = new int[numGlyphs];
        this.leftSideBearings = new short[numGlyphs];
        int advance = 0;
        for (int g = 0; g < numGlyphs; g++) {
            if (g < metrics) {
                advance = u16(data, hmtx.offset() + 4 * g);
                leftSideBearings[g] = (short) u16(data, hmtx.offset() + 4 * g + 2);
            } else {
                leftSideBearings[g] = (short) u16(data, hmtx.offset() + 4 * metrics + 2 * (g - metrics));
            }
            advances[g] = advance;
        }
        this.cmap = new CmapReader(data, required("cmap", fileName).offset(), numGlyphs, fileName);
    }

    /**
     * Reads face {@code faceIndex} of a collection, or the single font when {@code faceIndex} is negative.
     *
     * @throws IllegalStateException if the face has CFF outlines, lacks a table a subset needs or has no Unicode cmap
     */
    static GlyfTables parse(byte[] data, int faceIndex, String fileName) {
        int directory = FontData.isCollection(data) ? FontData.readInt(data, 12 + 4 * Math.max(faceIndex, 0)) : 0;
        int version = FontData.readInt(data, directory);
        if (version != 0x00010000 && version != 0x74727565) {
            throw new IllegalStateException(fileName + " has no TrueType (glyf) outlines");
        }
        int count = u16(data, directory + 4);
        Map<String, Table> tables = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int entry = directory + 12 + 16 * i;
            String tag = new String(data, entry, 4, StandardCharsets.ISO_8859_1);
            int offset = FontData.readInt(data, entry + 8);
            int length = FontData.readInt(data, entry + 12);
            if (offset < 0 || length < 0 || (long) offset + length > data.length) {
                throw new IllegalStateException(fileName + ": table " + tag + " lies outside the file");
            }
            tables.put(tag, new Table(offset, length));
        }
        return new GlyfTables(data, Map.copyOf(tables), fileName);
    }

    /** The glyph of a code point, or {@link #NONE}. */
    public int glyph(int codePoint) {
        return cmap.glyph(codePoint);
    }

    /** Whether every mapped code point beyond the BMP passes the test (stops at the first that does not). */
    public boolean everySupplementary(Mapping test) {
        return cmap.everySupplementary(test);
    }

    /** Advance width of a glyph in font units (the last one's for glyph ids beyond the face). */
    public int advance(int glyph) {
        return advances[Math.min(glyph, numGlyphs - 1)];
    }

    short leftSideBearing(int glyph) {
        return leftSideBearings[glyph];
    }

    public int unitsPerEm() {
        return unitsPerEm;
    }

    /** The head table's macStyle bits (1 bold, 2 italic). */
    public int macStyle() {
        return macStyle;
    }

    /** Whether the post table marks the face as monospaced. */
    public boolean isFixedPitch() {
        Table post = tables.get("post");
        return post != null && FontData.readInt(data, post.offset() + 12) != 0;
    }

    /** Whether the cmap has a (3,0) symbol subtable, which OpenPDF then uses as a symbol font. */
    public boolean isSymbol() {
        return cmap.symbol;
    }

    /** Whether the cmap is the one OpenPDF reads ((3,10) or (3,1)), not a platform 0 fallback. */
    public boolean hasWindowsCmap() {
        return cmap.windows;
    }

    private Table required(String tag, String fileName) {
        Table t = tables.get(tag);
        if (t == null) {
            throw new IllegalStateException(fileName + " has no '" + tag + "' table, which a TrueType subset needs");
        }
        return t;
    }

    static int u16(byte[] b, int offset) {
        return (b[offset] & 0xFF) << 8 | b[offset + 1] & 0xFF;
    }
}
