package io.github.wenshu.font;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Subsets keep composite glyphs whole: their components come along, renumbered, in both kinds of program. */
class GlyfSubsetTest {

    private static final int E_ACUTE = 'é';

    @Test
    void aCompositeGlyphKeepsItsComponentsAndItsShape() throws Exception {
        byte[] latin = liberationSans();
        byte[] subset = GlyfSubset.standalone(GlyfTables.parse(latin, -1, "LiberationSans"), Set.of(E_ACUTE), null);

        try (TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(latin));
             TrueTypeFont small = new TTFParser().parse(new RandomAccessReadBuffer(subset))) {
            int gid = small.getUnicodeCmapLookup().getGlyphId(E_ACUTE);
            assertTrue(small.getGlyph().getGlyph(gid).getDescription().isComposite(), "é is a composite");
            assertTrue(small.getNumberOfGlyphs() >= 3, "notdef, é and its components: " + small.getNumberOfGlyphs());
            assertSameGlyph(original, original.getUnicodeCmapLookup().getGlyphId(E_ACUTE), small, gid);
        }
    }

    @Test
    void aPdfProgramDrawsCodeNWithGlyphNAndAppendsTheParts() throws Exception {
        byte[] latin = liberationSans();
        GlyfTables tables = GlyfTables.parse(latin, -1, "LiberationSans");
        int e = tables.glyph('e');
        int eAcute = tables.glyph(E_ACUTE);
        byte[] program = GlyfSubset.program(tables, new int[]{0, eAcute, e}, 3);

        try (TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(latin));
             TrueTypeFont small = new TTFParser(true).parse(new RandomAccessReadBuffer(program))) {
            assertTrue(small.getNumberOfGlyphs() >= 4, "notdef, é, e and é's parts: " + small.getNumberOfGlyphs());
            assertSameGlyph(original, eAcute, small, 1);
            assertSameGlyph(original, e, small, 2);
        }
    }

    private static void assertSameGlyph(TrueTypeFont original, int before, TrueTypeFont subset, int after)
            throws Exception {
        GlyphData was = original.getGlyph().getGlyph(before);
        GlyphData is = subset.getGlyph().getGlyph(after);
        assertEquals(was.getDescription().isComposite(), is.getDescription().isComposite());
        assertEquals(was.getPath().getBounds2D(), is.getPath().getBounds2D());
        assertEquals(original.getAdvanceWidth(before), subset.getAdvanceWidth(after));
    }

    private static byte[] liberationSans() throws Exception {
        try (InputStream in = GlyfSubsetTest.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            assertNotNull(in, "PDFBox's LiberationSans on the test class path");
            return in.readAllBytes();
        }
    }
}
