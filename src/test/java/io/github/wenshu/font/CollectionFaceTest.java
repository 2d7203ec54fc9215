package io.github.wenshu.font;

import io.github.wenshu.style.FontRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A face of a TrueType collection ("file.ttc,N") as a role override. */
class CollectionFaceTest {
    private static final String TEXT = "关于公文格式的通知";

    @Test
    void faceOfACollectionByIndex(@TempDir Path dir) throws Exception {
        Set<Integer> cps = TEXT.codePoints().boxed().collect(Collectors.toSet());
        FontSet bundled = FontSet.bundled();
        byte[] fang = bundled.face(FontRole.FANGSONG).trueTypeSubset(cps);
        byte[] kai = bundled.face(FontRole.KAITI).trueTypeSubset(cps);
        Path ttc = dir.resolve("Two.ttc");
        Files.write(ttc, collection(List.of(fang, kai)));

        FontSet second = bundled.with(FontRole.FANGSONG, Path.of(ttc + ",1"));
        assertEquals("FandolKai", second.face(FontRole.FANGSONG).familyName());
        assertEquals(ttc + ",1", second.face(FontRole.FANGSONG).fileName());
        assertEquals("FandolFang", bundled.with(FontRole.FANGSONG, ttc).face(FontRole.FANGSONG).familyName());
        assertEquals("FandolFang", bundled.with(FontRole.HEITI, ttc, 0).face(FontRole.HEITI).familyName());

        byte[] pdf = PdfFonts.draw(second, List.of(new PdfFonts.Line(FontRole.FANGSONG, TEXT + "堃")));
        assertTrue(PdfFonts.text(pdf).contains(TEXT + "堃"));
        String fonts = String.join("\n", PdfFonts.fonts(pdf));
        assertTrue(fonts.contains("+FandolKai") && fonts.contains("+NotoSerifCJKsc-Regular"), fonts);
        assertTrue(!fonts.contains("=false"), fonts);

        byte[] subset = second.face(FontRole.FANGSONG).trueTypeSubset(Set.of((int) '公'));
        try (org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(subset))) {
            assertEquals("FandolKai", ttf.getNaming().getFontFamily());
            assertTrue(ttf.getUnicodeCmapLookup().getGlyphId('公') > 0);
        }

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bundled.with(FontRole.KAITI, ttc, 2));
        assertTrue(e.getMessage().contains("2 faces") && e.getMessage().contains("kaiti"), e.getMessage());
    }

    /** Writes a TrueType collection (version 1.0) of the given single fonts. */
    static byte[] collection(List<byte[]> fonts) {
        List<Map<String, byte[]>> tables = fonts.stream().map(SfntTables::read).toList();
        int offset = 12 + 4 * fonts.size();
        int[] directories = new int[fonts.size()];
        for (int i = 0; i < fonts.size(); i++) {
            directories[i] = offset;
            offset += 12 + 16 * tables.get(i).size();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("ttcf".getBytes(StandardCharsets.US_ASCII));
        SfntTables.writeInt(out, 0x00010000);
        SfntTables.writeInt(out, fonts.size());
        for (int d : directories) {
            SfntTables.writeInt(out, d);
        }
        int dataOffset = offset;
        for (Map<String, byte[]> font : tables) {
            SfntTables.writeInt(out, 0x00010000);
            SfntTables.writeShort(out, font.size());
            SfntTables.writeShort(out, 0);
            SfntTables.writeShort(out, 0);
            SfntTables.writeShort(out, 0);
            for (Map.Entry<String, byte[]> t : font.entrySet()) {
                out.writeBytes(t.getKey().getBytes(StandardCharsets.ISO_8859_1));
                SfntTables.writeInt(out, 0);
                SfntTables.writeInt(out, dataOffset);
                SfntTables.writeInt(out, t.getValue().length);
                dataOffset += (t.getValue().length + 3) & ~3;
            }
        }
        for (Map<String, byte[]> font : tables) {
            for (byte[] t : font.values()) {
                out.writeBytes(t);
                out.writeBytes(new byte[((t.length + 3) & ~3) - t.length]);
            }
        }
        return out.toByteArray();
    }
}
