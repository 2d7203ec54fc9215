package io.github.wenshu.export.pdf;

import io.github.wenshu.font.FontFace;
import io.github.wenshu.font.FontSet;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.style.FontRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wenshu's own TrueType subsets: only the drawn glyphs, OpenPDF's widths, and every code point read back. */
class EmbeddedFontsTest {

    private static final String TEXT = "全年共办理法律援助案件13087宗，同比增长9.5%（“一站式”服务）。";

    @Test
    void theSubsetHoldsTheDrawnGlyphsWithTheFacesWidths() throws Exception {
        FontFace fang = FontSet.bundled().face(FontRole.FANGSONG);
        byte[] pdf = PdfFixture.render(Report.builder().add(Paragraph.of(TEXT)).build()).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDType0Font body = null;
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont f = doc.getPage(0).getResources().getFont(name);
                if (f.getName().endsWith("+" + fang.pdfFont().getPostscriptFontName())) {
                    body = (PDType0Font) f;
                }
            }
            assertNotNull(body, "the body face is a page resource");
            PDCIDFontType2 cid = (PDCIDFontType2) body.getDescendantFont();
            int distinct = (int) TEXT.codePoints().distinct().count();
            assertEquals(distinct + 1, cid.getTrueTypeFont().getNumberOfGlyphs(), "the drawn glyphs and .notdef");
            for (int code = 1; code <= distinct; code++) {
                String unicode = body.toUnicode(code);
                assertNotNull(unicode, "code " + code + " has a Unicode value");
                assertEquals(fang.advance(unicode.codePointAt(0)), body.getWidth(code), 0.01f, unicode);
            }
        }
    }

    @Test
    void twoCodePointsDrawnWithOneGlyphBothReadBack() throws Exception {
        GlyfFont g = GlyfFont.of(FontSet.bundled().face(FontRole.FANGSONG));
        assertNotNull(g, "the bundled 仿宋 is a TrueType face embedded by Wenshu");
        int[] pair = sharedGlyph(g);
        String both = "甲" + Character.toString(pair[0]) + "乙" + Character.toString(pair[1]) + "丙";
        byte[] pdf = PdfFixture.render(Report.builder().add(Paragraph.of(both)).build()).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertTrue(text.contains(both), "read back: " + text + ", expected " + both);
        }
    }

    /** Two CJK code points the face draws with the same glyph (e.g. a Kangxi radical and its ideograph). */
    private static int[] sharedGlyph(GlyfFont g) {
        java.util.Map<Integer, Integer> firstOfGlyph = new java.util.HashMap<>();
        for (int cp = 0x2E80; cp < 0xA000; cp++) {
            int glyph = g.glyph(cp);
            if (glyph > 0) {
                Integer first = firstOfGlyph.putIfAbsent(glyph, cp);
                if (first != null) {
                    return new int[]{first, cp};
                }
            }
        }
        throw new AssertionError("no two code points share a glyph in the face");
    }
}
