package io.github.wenshu.export.pdf;

import com.lowagie.text.pdf.BaseFont;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A face whose advances are remembered in pages of 256 code points, so each character is looked up in the
 * font once per export. Per export: not shared between threads.
 */
final class CachedFace implements Face {

    private final Face face;
    private final float[][] pages = new float[0x1100][];
    private final byte[][] coverage = new byte[0x1100][];

    private CachedFace(Face face) {
        this.face = face;
    }

    @Override
    public float advance(int codePoint) {
        int page = codePoint >>> 8;
        float[] p = pages[page];
        if (p == null) {
            p = new float[256];
            java.util.Arrays.fill(p, Float.NaN);
            pages[page] = p;
        }
        float a = p[codePoint & 0xFF];
        if (Float.isNaN(a)) {
            a = face.advance(codePoint);
            p[codePoint & 0xFF] = a;
        }
        return a;
    }

    @Override
    public boolean canDisplay(int codePoint) {
        int page = codePoint >>> 8;
        byte[] p = coverage[page];
        if (p == null) {
            p = new byte[256];
            coverage[page] = p;
        }
        byte known = p[codePoint & 0xFF];
        if (known == 0) {
            known = face.canDisplay(codePoint) ? (byte) 1 : (byte) 2;
            p[codePoint & 0xFF] = known;
        }
        return known == 1;
    }

    @Override
    public BaseFont baseFont() {
        return face.baseFont();
    }

    @Override
    public String familyName() {
        return face.familyName();
    }

    @Override
    public GlyfFont glyf() {
        return face.glyf();
    }

    /** One cache per face for the length of an export. */
    static final class Registry {
        private final Map<Face, CachedFace> cached = new IdentityHashMap<>();

        Face of(Face face) {
            return face instanceof CachedFace c ? c : cached.computeIfAbsent(face, CachedFace::new);
        }
    }
}
