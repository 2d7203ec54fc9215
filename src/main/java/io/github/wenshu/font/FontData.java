package io.github.wenshu.font;

import com.lowagie.text.pdf.BaseFont;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;

/** Recognising font files and opening them with OpenPDF. */
final class FontData {
    private static final int TTC = tag("ttcf");
    private static final int OTTO = tag("OTTO");
    private static final int TRUE = tag("true");
    private static final int TRUETYPE = 0x00010000;

    private FontData() {
    }

    /** Why these bytes are not a font file with a face at this index, or null if they look like one. */
    static String problem(byte[] data, int faceIndex) {
        if (data.length < 12) {
            return "it is too short to be a font (" + data.length + " bytes)";
        }
        int version = readInt(data, 0);
        if (version == TTC) {
            int count = readInt(data, 8);
            if (faceIndex < 0) {
                return "it is a TrueType collection with " + count + " faces; choose one with \"file.ttc,N\"";
            }
            if (faceIndex >= count) {
                return "it is a TrueType collection with " + count + " faces; face " + faceIndex + " does not exist";
            }
            return null;
        }
        if (version != TRUETYPE && version != OTTO && version != TRUE) {
            return "it is not a TrueType or OpenType font (it starts with "
                    + String.format(Locale.ROOT, "0x%08X", version) + ")";
        }
        return faceIndex > 0 ? "it is a single font, not a collection; face " + faceIndex + " does not exist" : null;
    }

    static boolean isCollection(byte[] data) {
        return data.length >= 4 && readInt(data, 0) == TTC;
    }

    /** Whether the face has CFF (PostScript) outlines rather than TrueType glyf outlines. */
    static boolean isCff(byte[] data, int faceIndex) {
        int offset = isCollection(data) ? readInt(data, 12 + 4 * faceIndex) : 0;
        return readInt(data, offset) == OTTO;
    }

    /** Opens the face as an embedded Identity-H OpenPDF font; the file name only tells OpenPDF the format. */
    static BaseFont openPdfFont(String fileName, int faceIndex, byte[] data) {
        String problem = problem(data, Math.max(faceIndex, 0));
        if (problem != null) {
            throw new IllegalArgumentException(fileName + " is not usable: " + problem);
        }
        String name = isCollection(data) ? "face.ttc," + faceIndex : isCff(data, 0) ? "face.otf" : "face.ttf";
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, data, null);
            font.setSubset(true);
            font.setSecureRandom(new FixedSubsetTag(font.getPostscriptFontName()));
            return font;
        } catch (Exception e) {
            throw new IllegalArgumentException(fileName + " could not be read as a font: " + e.getMessage(), e);
        }
    }

    /** The English (or else the first) family name in the font's name table. */
    static String familyName(BaseFont font, String fallback) {
        String[][] names = font.getFamilyFontName();
        if (names == null || names.length == 0) {
            return fallback;
        }
        for (String[] n : names) {
            if ("3".equals(n[0]) && "1033".equals(n[2])) {
                return n[3];
            }
        }
        return names[0][3];
    }

    private static int tag(String s) {
        return readInt(s.getBytes(StandardCharsets.US_ASCII), 0);
    }

    static int readInt(byte[] b, int offset) {
        if (offset < 0 || offset + 4 > b.length) {
            return 0;
        }
        return (b[offset] & 0xFF) << 24 | (b[offset + 1] & 0xFF) << 16 | (b[offset + 2] & 0xFF) << 8
                | (b[offset + 3] & 0xFF);
    }

    /**
     * Makes OpenPDF's subset tag ("ABCDEF+") the same in every export, so that the same input gives the same PDF.
     * OpenPDF draws six numbers per tag; a per-thread counter makes them a fixed sequence taken from the font's
     * PostScript name, so different fonts still get different tags.
     */
    private static final class FixedSubsetTag extends SecureRandom {
        private final transient ThreadLocal<int[]> drawn = ThreadLocal.withInitial(() -> new int[1]);
        private final int[] letters = new int[6];

        FixedSubsetTag(String seed) {
            int h = seed == null ? 0 : seed.hashCode();
            for (int k = 0; k < letters.length; k++) {
                letters[k] = Math.floorMod(h, 26);
                h = h / 26 * 31 + k + 7;
            }
        }

        @Override
        public double nextDouble() {
            int[] n = drawn.get();
            int k = n[0]++ % letters.length;
            return (letters[k] + 0.5) / 26;
        }
    }
}
