package io.github.wenshu.font;

import java.nio.ByteBuffer;

/**
 * Writes a 'cmap' table for a subset: format 4 for the Basic Multilingual Plane (Windows Unicode BMP) and, when
 * there are code points beyond it, format 12 for all code points (Windows Unicode full).
 */
final class CmapWriter {
    private CmapWriter() {
    }

    /**
     * @param codePoints ascending code points
     * @param glyphs     the subset's glyph id of each code point
     */
    static byte[] cmap(int[] codePoints, int[] glyphs) {
        int bmp = 0;
        while (bmp < codePoints.length && codePoints[bmp] < 0x10000) {
            bmp++;
        }
        boolean supplementary = bmp < codePoints.length;
        int subtables = supplementary ? 2 : 1;
        int format4Length = 16 + 8 * (bmp + 1);
        int format12Length = supplementary ? 16 + 12 * codePoints.length : 0;
        ByteBuffer out = ByteBuffer.allocate(4 + 8 * subtables + format4Length + format12Length);
        int offset = 4 + 8 * subtables;
        out.putShort((short) 0).putShort((short) subtables);
        out.putShort((short) 3).putShort((short) 1).putInt(offset);
        if (supplementary) {
            out.putShort((short) 3).putShort((short) 10).putInt(offset + format4Length);
        }
        format4(out, codePoints, glyphs, bmp);
        if (supplementary) {
            format12(out, codePoints, glyphs);
        }
        return out.array();
    }

    /** One segment per code point (subsets are small), plus the closing 0xFFFF segment. */
    private static void format4(ByteBuffer out, int[] codePoints, int[] glyphs, int count) {
        int segments = count + 1;
        int log2 = 31 - Integer.numberOfLeadingZeros(segments);
        int searchRange = 2 * (1 << log2);
        out.putShort((short) 4).putShort((short) (16 + 8 * segments)).putShort((short) 0)
                .putShort((short) (2 * segments)).putShort((short) searchRange).putShort((short) log2)
                .putShort((short) (2 * segments - searchRange));
        for (int i = 0; i < count; i++) {
            out.putShort((short) codePoints[i]);
        }
        out.putShort((short) 0xFFFF).putShort((short) 0);
        for (int i = 0; i < count; i++) {
            out.putShort((short) codePoints[i]);
        }
        out.putShort((short) 0xFFFF);
        for (int i = 0; i < count; i++) {
            out.putShort((short) (glyphs[i] - codePoints[i]));
        }
        out.putShort((short) 1);
        for (int k = 0; k < segments; k++) {
            out.putShort((short) 0);
        }
    }

    private static void format12(ByteBuffer out, int[] codePoints, int[] glyphs) {
        out.putShort((short) 12).putShort((short) 0).putInt(16 + 12 * codePoints.length).putInt(0)
                .putInt(codePoints.length);
        for (int i = 0; i < codePoints.length; i++) {
            out.putInt(codePoints[i]).putInt(codePoints[i]).putInt(glyphs[i]);
        }
    }
}
