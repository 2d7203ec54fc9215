package io.github.wenshu.font;

import io.github.wenshu.style.FontRole;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontSetTest {
    private final FontSet bundled = FontSet.bundled();

    @Test
    void bundledRolesHaveTheirFaces() {
        assertSame(bundled, FontSet.bundled());
        assertEquals("FandolFang", bundled.face(FontRole.FANGSONG).familyName());
        assertEquals("FandolHei", bundled.face(FontRole.HEITI).familyName());
        assertEquals("FandolKai", bundled.face(FontRole.KAITI).familyName());
        assertEquals("Noto Serif CJK SC Bold", bundled.face(FontRole.XIAOBIAOSONG).familyName());
        assertEquals("Noto Serif CJK SC", bundled.face(FontRole.FALLBACK).familyName());
        assertSame(bundled.face(FontRole.SONGTI), bundled.face(FontRole.FALLBACK));
        assertEquals(List.of(bundled.face(FontRole.FANGSONG), bundled.face(FontRole.FALLBACK)),
                bundled.chain(FontRole.FANGSONG).faces());
        assertEquals(1, bundled.chain(FontRole.SONGTI).faces().size());
    }

    @Test
    void familyNamesDeclaredForTheBundledFacesMatchTheirNameTables() {
        for (FontRole role : FontRole.values()) {
            FontFace face = bundled.face(role);
            String declared = face.familyName();
            String parsed = FontData.familyName(face.pdfFont(), "?");
            assertEquals(declared, parsed, role::toString);
        }
    }

    @Test
    void fallbackCoversEveryUnifiedIdeographAndTheCommonPunctuation() {
        FontFace fallback = bundled.face(FontRole.FALLBACK);
        List<Integer> missing = new java.util.ArrayList<>();
        for (int cp = 0x4E00; cp <= 0x9FA5; cp++) {
            if (!fallback.canDisplay(cp)) {
                missing.add(cp);
            }
        }
        "，。、；：？！“”‘’（）《》〔〕【】—…·　０１２３ＡＢａｂABCabc0123456789-.%".codePoints()
                .filter(cp -> !fallback.canDisplay(cp)).forEach(missing::add);
        assertEquals(List.of(), missing.stream().map(Integer::toHexString).collect(Collectors.toList()));
    }

    @Test
    void metricsAreInThousandthsOfAnEm() {
        FontFace fang = bundled.face(FontRole.FANGSONG);
        assertEquals(1000f, fang.advance('中'), 1f);
        assertTrue(fang.advance('a') > 200 && fang.advance('a') < 800, () -> "a: " + fang.advance('a'));
        assertTrue(fang.ascent() > 700 && fang.ascent() < 1000, () -> "ascent " + fang.ascent());
        assertTrue(fang.descent() < 0 && fang.descent() > -300, () -> "descent " + fang.descent());
        assertEquals(0f, fang.advance(0xE000));
    }

    @Test
    void overrideChangesThatRoleOnly(@TempDir Path dir) throws Exception {
        Path kai = dir.resolve("MyKai.ttf");
        Files.write(kai, BundledFonts.read("FandolKai-Regular.ttf"));
        FontSet custom = bundled.with(FontRole.FANGSONG, kai);
        assertEquals("FandolKai", custom.face(FontRole.FANGSONG).familyName());
        for (FontRole role : FontRole.values()) {
            if (role != FontRole.FANGSONG) {
                assertSame(bundled.face(role), custom.face(role), role::toString);
            }
        }
        assertEquals("FandolFang", bundled.face(FontRole.FANGSONG).familyName());

        byte[] pdf = PdfFonts.draw(custom, List.of(new PdfFonts.Line(FontRole.FANGSONG, "仿宋正文"),
                new PdfFonts.Line(FontRole.HEITI, "一、黑体标题")));
        String fonts = String.join("\n", PdfFonts.fonts(pdf));
        assertTrue(fonts.contains("+FandolKai"), fonts);
        assertTrue(fonts.contains("+FandolHei"), fonts);
        assertTrue(!fonts.contains("FandolFang"), fonts);
        assertTrue(PdfFonts.text(pdf).contains("仿宋正文"));
    }

    @Test
    void overrideByRoleEqualsPath(@TempDir Path dir) throws Exception {
        Path hei = dir.resolve("hei.ttf");
        Files.write(hei, BundledFonts.read("FandolHei-Regular.ttf"));
        assertEquals("FandolHei", bundled.with("kaiti=" + hei).face(FontRole.KAITI).familyName());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bundled.with("songhei=" + hei));
        assertTrue(e.getMessage().contains("unknown font role 'songhei'") && e.getMessage().contains("fangsong"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> bundled.with("fangsong"));
    }

    @Test
    void missingFileOrNotAFontIsAClearError(@TempDir Path dir) throws Exception {
        Path none = dir.resolve("FangSong_GB2312.ttf");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bundled.with(FontRole.FANGSONG, none));
        assertTrue(e.getMessage().contains("fangsong") && e.getMessage().contains(none.toString()), e.getMessage());

        Path text = dir.resolve("notes.ttf");
        Files.writeString(text, "this is not a font, just some text that is long enough");
        e = assertThrows(IllegalArgumentException.class, () -> bundled.with(FontRole.KAITI, text));
        assertTrue(e.getMessage().contains("kaiti") && e.getMessage().contains(text.toString())
                && e.getMessage().contains("not a TrueType or OpenType font"), e.getMessage());

        Path truncated = dir.resolve("broken.ttf");
        byte[] fang = BundledFonts.read("FandolFang-Regular.ttf");
        Files.write(truncated, java.util.Arrays.copyOf(fang, 4000));
        e = assertThrows(IllegalArgumentException.class, () -> bundled.with(FontRole.HEITI, truncated));
        assertTrue(e.getMessage().contains("heiti") && e.getMessage().contains(truncated.toString()), e.getMessage());

        Path single = dir.resolve("single.ttf");
        Files.write(single, fang);
        e = assertThrows(IllegalArgumentException.class, () -> bundled.with(FontRole.HEITI, single, 2));
        assertTrue(e.getMessage().contains("not a collection"), e.getMessage());
    }

    @Test
    void trueTypeSubsetMapsSupplementaryIdeographs() throws Exception {
        FontFace fallback = bundled.face(FontRole.FALLBACK);
        Set<Integer> cps = Set.of((int) '中', 0x2000B, 0x2C317, 0xE000);
        byte[] subset = fallback.trueTypeSubset(cps);
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(subset))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            for (int cp : List.of((int) '中', 0x2000B, 0x2C317)) {
                int gid = cmap.getGlyphId(cp);
                assertNotEquals(0, gid, () -> "U+" + Integer.toHexString(cp));
                assertTrue(ttf.getGlyph().getGlyph(gid).getNumberOfContours() > 0);
            }
            assertEquals(0, cmap.getGlyphId(0xE000));
            assertEquals(4, ttf.getNumberOfGlyphs());
            assertEquals("Noto Serif CJK SC", ttf.getNaming().getFontFamily());
        }
    }

    @Test
    void trueTypeSubsetHasTheGlyphsAndIsSmall() throws Exception {
        for (FontRole role : FontRole.values()) {
            FontFace face = bundled.face(role);
            assertTrue(face.isTrueType(), role::toString);
            String text = "关于印发公文格式的通知（一）2024年";
            Set<Integer> cps = text.codePoints().boxed().collect(Collectors.toSet());
            byte[] subset = face.trueTypeSubset(cps);
            assertTrue(subset.length < 60_000, () -> role + ": " + subset.length + " bytes");
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(subset))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                for (int cp : cps) {
                    int gid = cmap.getGlyphId(cp);
                    assertNotEquals(0, gid, () -> role + " lacks U+" + Integer.toHexString(cp));
                    if (!Character.isWhitespace(cp)) {
                        assertTrue(ttf.getGlyph().getGlyph(gid).getNumberOfContours() > 0,
                                role + " has an empty glyph for " + Character.toString(cp));
                    }
                }
                int glyphs = ttf.getNumberOfGlyphs();
                assertTrue(glyphs <= cps.size() + 1, () -> role + ": " + glyphs);
                assertEquals(face.familyName(), ttf.getNaming().getFontFamily());
            }
        }
    }
}
