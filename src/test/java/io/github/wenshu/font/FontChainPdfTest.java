package io.github.wenshu.font;

import io.github.wenshu.export.Warning;
import io.github.wenshu.style.FontRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontChainPdfTest {
    private static final String RARE = "堃 喆 镕 昇 珺 燊 囍 濛";
    private final FontSet fonts = FontSet.bundled();

    @Test
    void rareNameCharactersComeBackFromThePdfInEveryRole() throws Exception {
        List<PdfFonts.Line> lines = new java.util.ArrayList<>();
        for (FontRole role : FontRole.values()) {
            lines.add(new PdfFonts.Line(role, role.key() + "：张" + RARE + "同志，（一）ABC 123。"));
        }
        String text = PdfFonts.text(PdfFonts.draw(fonts, lines));
        for (FontRole role : FontRole.values()) {
            assertTrue(text.contains(role.key() + "：张" + RARE + "同志，（一）ABC 123。"), () -> role + " in:\n" + text);
        }
    }

    @Test
    void fangsongFallsBackGlyphByGlyph() {
        FontChain chain = fonts.chain(FontRole.FANGSONG);
        List<FontChain.Segment> segments = chain.split("张堃同志");
        assertEquals(3, segments.size(), segments::toString);
        assertEquals("FandolFang", segments.get(0).face().familyName());
        assertEquals("堃", segments.get(1).text());
        assertEquals("Noto Serif CJK SC", segments.get(1).face().familyName());
        assertEquals("同志", segments.get(2).text());
        assertFalse(segments.stream().anyMatch(FontChain.Segment::missing));
    }

    @Test
    void everyFontInThePdfIsEmbeddedSubsetWithToUnicode() throws Exception {
        List<PdfFonts.Line> lines = new java.util.ArrayList<>();
        for (FontRole role : FontRole.values()) {
            lines.add(new PdfFonts.Line(role, "公文格式" + RARE));
        }
        List<String> pdfFonts = PdfFonts.fonts(PdfFonts.draw(fonts, lines));
        assertEquals(5, pdfFonts.size(), pdfFonts::toString); // Fang, Hei, Kai, Serif Bold, Serif (Song = fallback)
        for (String f : pdfFonts) {
            assertTrue(f.endsWith("embedded=true subset=true toUnicode=true"), f);
        }
    }

    @Test
    void privateUseCharacterIsMissingDrawnAsReplacementAndReported() throws Exception {
        String text = "关于印发\uE000号文件的通知";
        FontChain chain = fonts.chain(FontRole.FANGSONG);
        List<FontChain.Segment> segments = chain.split(text);
        FontChain.Segment missing = segments.stream().filter(FontChain.Segment::missing).findFirst().orElseThrow();
        assertEquals("\uE000", missing.text());
        assertEquals(FontChain.REPLACEMENT, missing.drawnText());
        assertEquals(chain.fallback(), missing.face());

        List<Warning> warnings = MissingGlyphs.warnings(text, segments, "body[3]");
        assertEquals(1, warnings.size());
        Warning w = warnings.get(0);
        assertEquals("missing-glyph", w.code());
        assertEquals("body[3]", w.location());
        assertTrue(w.message().contains("U+E000"), w.message());
        assertTrue(w.message().contains("关于印发\uE000号文件的通"), w.message());

        String back = PdfFonts.text(PdfFonts.draw(fonts, List.of(new PdfFonts.Line(FontRole.FANGSONG, text))));
        assertTrue(back.contains("关于印发" + FontChain.REPLACEMENT + "号文件的通知"), back);
    }

    @Test
    void supplementaryAndIgnorableCodePoints() {
        FontChain chain = fonts.chain(FontRole.FANGSONG);
        String text = "𠀀a\u200Bb𠀋";
        List<FontChain.Segment> segments = chain.split(text);
        assertEquals(text, segments.stream().map(FontChain.Segment::text).reduce("", String::concat));
        assertEquals("𠀋", segments.get(segments.size() - 1).text());
        assertFalse(segments.get(segments.size() - 1).missing());
        List<Warning> warnings = MissingGlyphs.warnings(chain, text, "x");
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).message().startsWith("U+20000 "), warnings.get(0).message());
    }
}
