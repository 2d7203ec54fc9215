package io.github.wenshu.font;

import java.util.Arrays;

/**
 * Reads the Unicode mapping of a 'cmap' table as OpenPDF does, so both exporters draw the glyphs the layout measured:
 * the (3,10) subtable when there is one, else (3,1); a platform 0 subtable (format 12, else 4) only when neither
 * exists. Code points mapped to glyph ids beyond the face count as unmapped. Used once per face by {@link GlyfTables}.
 */
final class CmapReader {

    private static final char ABSENT = 0xFFFF;

    private final char[] bmp = new char[0x10000];
    private int[] groupStart = new int[0];
    private int[] groupEnd = new int[0];
    private int[] groupGlyph = new int[0];
    private final int numGlyphs;
    final boolean symbol;
    final boolean windows;

    CmapReader(byte[] data, int cmap, int numGlyphs, String fileName) {
        this.numGlyphs = numGlyphs;
        Arrays.fill(bmp, ABSENT);
        int count = GlyfTables.u16(data, cmap + 2);
        int full = -1;
        int basic = -1;
        int other12 = -1;
        int other4 = -1;
        boolean symbolTable = false;
        for (int i = 0; i < count; i++) {
            int record = cmap + 4 + 8 * i;
            int platform = GlyfTables.u16(data, record);
            int encoding = GlyfTables.u16(data, record + 2);
            int sub = cmap + FontData.readInt(data, record + 4);
            if (sub + 2 > data.length) {
                continue;
            }
            int format = GlyfTables.u16(data, sub);
            if (platform == 3 && encoding == 0) {
                symbolTable = true;
            } else if (platform == 3 && encoding == 10 && (format == 12 || format == 4)) {
                full = sub;
            } else if (platform == 3 && encoding == 1 && (format == 4 || format == 12)) {
                basic = sub;
            } else if (platform == 0 && format == 12 && other12 < 0) {
                other12 = sub;
            } else if (platform == 0 && format == 4 && other4 < 0) {
                other4 = sub;
            }
        }
        this.symbol = symbolTable;
        int chosen = full >= 0 ? full : basic >= 0 ? basic : other12 >= 0 ? other12 : other4;
        this.windows = full >= 0 || basic >= 0;
        if (chosen < 0) {
            throw new IllegalStateException(fileName + " has no Unicode cmap (format 4 or 12)");
        }
        if (GlyfTables.u16(data, chosen) == 12) {
            readFormat12(data, chosen);
        } else {
            readFormat4(data, chosen);
        }
    }

    int glyph(int codePoint) {
        if (codePoint >= 0 && codePoint < 0x10000) {
            char g = bmp[codePoint];
            return g == ABSENT ? GlyfTables.NONE : g;
        }
        int i = Arrays.binarySearch(groupStart, codePoint);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0 || codePoint > groupEnd[i]) {
            return GlyfTables.NONE;
        }
        int glyph = groupGlyph[i] + codePoint - groupStart[i];
        return glyph < numGlyphs ? glyph : GlyfTables.NONE;
    }

    boolean everySupplementary(GlyfTables.Mapping test) {
        for (int i = 0; i < groupStart.length; i++) {
            for (int cp = groupStart[i]; cp <= groupEnd[i]; cp++) {
                int glyph = glyph(cp);
                if (glyph != GlyfTables.NONE && !test.test(cp, glyph)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** As OpenPDF reads it: idDelta is added to every glyphIdArray entry, and an entry makes the code point mapped. */
    private void readFormat4(byte[] data, int sub) {
        int length = GlyfTables.u16(data, sub + 2);
        int segments = GlyfTables.u16(data, sub + 6) / 2;
        int ends = sub + 14;
        int starts = ends + 2 * segments + 2;
        int deltas = starts + 2 * segments;
        int rangeOffsets = deltas + 2 * segments;
        int glyphIds = rangeOffsets + 2 * segments;
        int glyphIdCount = length / 2 - 8 - segments * 4;
        for (int s = 0; s < segments; s++) {
            int start = GlyfTables.u16(data, starts + 2 * s);
            int end = GlyfTables.u16(data, ends + 2 * s);
            int delta = GlyfTables.u16(data, deltas + 2 * s);
            int rangeOffset = GlyfTables.u16(data, rangeOffsets + 2 * s);
            for (int c = start; c <= end && c < 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int index = s + rangeOffset / 2 - segments + c - start;
                    if (index >= glyphIdCount || glyphIds + 2 * index + 1 >= data.length) {
                        continue;
                    }
                    glyph = (GlyfTables.u16(data, glyphIds + 2 * index) + delta) & 0xFFFF;
                }
                if (glyph < numGlyphs) {
                    bmp[c] = (char) glyph;
                }
            }
        }
    }

    private void readFormat12(byte[] data, int sub) {
        int groups = FontData.readInt(data, sub + 12);
        int[] start = new int[groups];
        int[] end = new int[groups];
        int[] glyph = new int[groups];
        int beyond = 0;
        for (int g = 0; g < groups; g++) {
            int at = sub + 16 + 12 * g;
            int first = FontData.readInt(data, at);
            int last = FontData.readInt(data, at + 4);
            int gid = FontData.readInt(data, at + 8);
            for (int c = Math.max(first, 0); c <= last && c < 0x10000; c++) {
                int id = gid + c - first;
                if (id >= 0 && id < numGlyphs) {
                    bmp[c] = (char) id;
                }
            }
            if (last >= 0x10000) {
                int from = Math.max(first, 0x10000);
                start[beyond] = from;
                end[beyond] = last;
                glyph[beyond] = gid + from - first;
                beyond++;
            }
        }
        groupStart = Arrays.copyOf(start, beyond);
        groupEnd = Arrays.copyOf(end, beyond);
        groupGlyph = Arrays.copyOf(glyph, beyond);
    }
}
