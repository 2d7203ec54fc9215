package io.github.wenshu.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.wenshu.read.Readers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The 签发人 of {@code examples/request-signers.json} as LibreOffice renders our DOCX: "签发人：" and two names on
 * the first line, the third name under the first, the names' right edge one character (5.57 mm) inside the 版心,
 * the 发文字号 one character in on the last names' line.
 */
class DocxSignersLibreOfficeTest {

    private static final double MM = 25.4 / 72;

    @Test
    void signersStandRightTwoToALineWithTheNumberLeftOnTheLastLine() throws Exception {
        assumeTrue(LibreOffice.available() && Exports.bundledFonts(), "LibreOffice or the bundled fonts are absent");
        byte[] docx = Exports.embedded(Readers.read(Path.of("examples/request-signers.json"))).bytes();
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(LibreOffice.toPdf(docx, "signers"))) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text);
                }
            };
            s.setStartPage(1);
            s.setEndPage(1);
            s.getText(pdf);
        }
        TextPosition label = find(glyphs, "签");
        TextPosition first = find(glyphs, "张");
        TextPosition second = find(glyphs, "华");
        TextPosition third = find(glyphs, "王");
        TextPosition number = find(glyphs, "深宝司报".substring(0, 1), label.getYDirAdj() + 5);
        assertEquals(label.getYDirAdj(), first.getYDirAdj(), 0.5, "label and first names on one line");
        assertEquals(first.getXDirAdj() * MM, third.getXDirAdj() * MM, 0.5, "third name under the first (mm)");
        double right = (second.getXDirAdj() + second.getWidthDirAdj()) * MM;
        assertEquals(28 + 156 - 5.57, right, 1.0, "names end one character inside the 版心 (mm)");
        assertEquals(third.getYDirAdj(), number.getYDirAdj(), 0.5, "发文字号 on the last names' line");
        assertEquals(28 + 5.57, number.getXDirAdj() * MM, 1.0, "发文字号 one character in (mm)");
        assertTrue(first.getFont().getName().contains("Kai"), "names in 楷体: " + first.getFont().getName());
        assertTrue(label.getFont().getName().contains("Fang"), "label in 仿宋: " + label.getFont().getName());
    }

    private static TextPosition find(List<TextPosition> glyphs, String c) {
        return find(glyphs, c, 0);
    }

    private static TextPosition find(List<TextPosition> glyphs, String c, double below) {
        return glyphs.stream().filter(g -> g.getUnicode().equals(c) && g.getYDirAdj() > below).findFirst()
                .orElseThrow(() -> new AssertionError("no " + c));
    }
}
