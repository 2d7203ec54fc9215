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

/** Subsets keep composite glyphs whole: their components come along, renumbered. */
class GlyfSubsetTest {

    @Test
    void aCompositeGlyphKeepsItsComponentsAndItsShape() throws Exception {
        byte[] latin;
        try (InputStream in = GlyfSubsetTest.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            assertNotNull(in, "PDFBox's LiberationSans on the test class path");
            latin = in.readAllBytes();
        }
        int eAcute = 'é';
        byte[] subset = GlyfSubset.standalone(GlyfTables.parse(latin, -1, "LiberationSans"), Set.of(eAcute));

        try (TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(latin));
             TrueTypeFont small = new TTFParser().parse(new RandomAccessReadBuffer(subset))) {
            GlyphData before = original.getGlyph().getGlyph(original.getUnicodeCmapLookup().getGlyphId(eAcute));
            int gid = small.getUnicodeCmapLookup().getGlyphId(eAcute);
            GlyphData after = small.getGlyph().getGlyph(gid);
            assertTrue(before.getDescription().isComposite(), "é is a composite in LiberationSans");
            assertTrue(after.getDescription().isComposite());
            assertTrue(small.getNumberOfGlyphs() >= 3, "notdef, é and its components: " + small.getNumberOfGlyphs());
            assertEquals(before.getPath().getBounds2D(), after.getPath().getBounds2D());
            assertEquals(original.getAdvanceWidth(original.getUnicodeCmapLookup().getGlyphId(eAcute)),
                    small.getAdvanceWidth(gid));
        }
    }
}
