package io.github.wenshu.export;

import io.github.wenshu.export.docx.DocxExporter;
import io.github.wenshu.export.pdf.PdfExporter;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.ReadOptions;
import io.github.wenshu.read.TextReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invisible format characters: both formats print nothing for them; the DOCX keeps them in its text, the PDF
 * cannot and names each one it leaves out; the text reader drops copy-and-paste debris (BOM, zero-width space).
 */
class InvisibleCharactersTest {

    private static final ExportOptions OPTIONS = ExportOptions.defaults().withTimestamp(Instant.EPOCH);
    private static final String TEXT = "甲A\u200DB乙C\u200CD丙E\u202EF\u202C丁G\u2067H\u2069戊I\u00ADJ己K\uFEFFL。";
    private static final int[] INVISIBLE = {0x200D, 0x200C, 0x202E, 0x202C, 0x2067, 0x2069, 0x00AD, 0xFEFF};

    @Test
    void pdfNamesEveryInvisibleCharacterItLeavesOutAndDrawsNoSoftHyphen() throws Exception {
        Report r = Report.builder().add(Paragraph.of(TEXT)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Warning> warnings = new PdfExporter().export(r, OPTIONS, out).warnings().stream()
                .filter(w -> w.code().equals(InvisibleCharacters.CODE)).toList();
        for (int cp : INVISIBLE) {
            String name = String.format("U+%04X", cp);
            assertTrue(warnings.stream().anyMatch(w -> w.location().equals("body[0]") && w.message().contains(name)),
                    name + " not reported: " + warnings);
        }
        assertEquals(INVISIBLE.length, warnings.size(), warnings::toString);
        String text;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("甲AB乙CD丙EF丁GH戊IJ己KL。"), text);
    }

    @Test
    void docxKeepsThemWithoutWarning() throws Exception {
        Report r = Report.builder().add(Paragraph.of(TEXT)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Warning> warnings = new DocxExporter().export(r, OPTIONS, out).warnings();
        assertTrue(warnings.isEmpty(), warnings::toString);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            assertTrue(x.getText().contains(TEXT), x.getText());
        }
    }

    @Test
    void textReaderDropsByteOrderMarksAndZeroWidthSpacesOnly() {
        Report r = new TextReader().read("正文甲\u200B乙\uFEFF丙\u200D丁。\n", ReadOptions.defaults());
        assertEquals("正文甲乙丙\u200D丁。", ((Paragraph) r.body().get(0)).plainText());
    }

    @Test
    void aGlyphlessFormatCharacterIsNotAMissingGlyph() throws Exception {
        Report r = Report.builder().add(Paragraph.of("甲\u2060乙")).build();
        List<Warning> warnings = new PdfExporter().export(r, OPTIONS, new ByteArrayOutputStream()).warnings();
        assertFalse(warnings.stream().anyMatch(w -> w.code().equals("missing-glyph")), warnings::toString);
    }
}
