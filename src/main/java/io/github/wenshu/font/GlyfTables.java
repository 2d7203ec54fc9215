package io.github.wenshu.font;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tables of one glyf-based TrueType face that a subset needs, read once from the font file and never changed:
 * where each table lies, each glyph's place in 'glyf', the horizontal metrics and the Unicode cmap. Immutable and
 * thread-safe; the font bytes are shared, not copied.
 *
 * <pre>{@code
 * GlyfTables t = GlyfTables.parse(data, -1, "FandolFang-Regular.ttf");
 * int gid = t.glyphId('中');
 * }</pre>
 */
final class GlyfTables {

    /** A table's place in the font bytes. */
    record Table(int offset, int length) {
    }

    final byte[] data;
    final Map<String, Table> tables;
    final int numGlyphs;
    final int numberOfHMetrics;
    /** Glyph {@code g} lies at {@code glyfOffset + loca[g]} to {@code glyfOffset + loca[g + 1]}. */
    final int[] loca;
    final int glyfOffset;
    final int hmtxOffset;
    /** Glyph id of each BMP code point (0: none). */
    private final char[] bmp;
    /** Format 12 groups beyond the BMP: start, end and first glyph id of each, by start. */
    private final int[] groupStart;
    private final int[] groupEnd;
    private final int[] groupGlyph;

    private GlyfTables(byte[] data, Map<String, Table> tables, String fileName) {
        this.data = data;
        this.tables = tables;
        Table head = required(tables, "head", fileName);
        Table maxp = required(tables, "maxp", fileName);
        Table hhea = required(tables, "hhea", fileName);
        Table hmtx = required(tables, "hmtx", fileName);
        Table locaTable = required(tables, "loca", fileName);
        Table glyf = required(tables, "glyf", fileName);
        this.numGlyphs = u16(data, maxp.offset() + 4);
        this.numberOfHMetrics = Math.max(1, u16(data, hhea.offset() + 34));
        this.glyfOffset = glyf.offset();
        this.hmtxOffset = hmtx.offset();
        boolean longLoca = u16(data, head.offset() + 50) != 0;
        this.loca = new int[numGlyphs + 1];
        for (int g = 0; g <= numGlyphs; g++) {
            loca[g] = longLoca ? FontData.readInt(data, locaTable.offset() + 4 * g)
                    : 2 * u16(data, locaTable.offset() + 2 * g);
        }
        CmapReader cmap = new CmapReader(data, required(tables, "cmap", fileName).offset(), fileName);
        this.bmp = cmap.bmp;
        this.groupStart = cmap.groupStart;
        this.groupEnd = cmap.groupEnd;
        this.groupGlyph = cmap.groupGlyph;
    }

    /** Reads face {@code faceIndex} of a collection, or the single font when {@code faceIndex} is negative. */
    static GlyfTables parse(byte[] data, int faceIndex, String fileName) {
        int directory = FontData.isCollection(data) ? FontData.readInt(data, 12 + 4 * Math.max(faceIndex, 0)) : 0;
        int count = u16(data, directory + 4);
        Map<String, Table> tables = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int entry = directory + 12 + 16 * i;
            String tag = new String(data, entry, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int offset = FontData.readInt(data, entry + 8);
            int length = FontData.readInt(data, entry + 12);
            if (offset < 0 || length < 0 || (long) offset + length > data.length) {
                throw new IllegalArgumentException(fileName + ": table " + tag + " lies outside the file");
            }
            tables.put(tag, new Table(offset, length));
        }
        return new GlyfTables(data, Map.copyOf(tables), fileName);
    }

    /** The glyph of a code point, 0 (.notdef) when the face has none. */
    int glyphId(int codePoint) {
        if (codePoint >= 0 && codePoint < 0x10000) {
            return bmp[codePoint];
        }
        int i = Arrays.binarySearch(groupStart, codePoint);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0 || codePoint > groupEnd[i]) {
            return 0;
        }
        int gid = groupGlyph[i] + codePoint - groupStart[i];
        return gid < numGlyphs ? gid : 0;
    }

    /** Advance width of a glyph in font units. */
    int advance(int gid) {
        return u16(data, hmtxOffset + 4 * Math.min(gid, numberOfHMetrics - 1));
    }

    /** Left side bearing of a glyph in font units, as its two bytes. */
    int leftSideBearing(int gid) {
        return gid < numberOfHMetrics ? u16(data, hmtxOffset + 4 * gid + 2)
                : u16(data, hmtxOffset + 4 * numberOfHMetrics + 2 * (gid - numberOfHMetrics));
    }

    private static Table required(Map<String, Table> tables, String tag, String fileName) {
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
