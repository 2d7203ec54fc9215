package io.github.wenshu.font;

import io.github.wenshu.export.ExportException;
import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.Warning;
import io.github.wenshu.export.docx.DocxExporter;
import io.github.wenshu.export.pdf.PdfExporter;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.style.FontRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user font with CFF (PostScript) outlines, as {@code --font fangsong=face.otf} gives: the PDF embeds it; the
 * DOCX names it and says what to use to embed it; a CFF table OpenPDF's subsetter cannot handle ends in an
 * {@link ExportException} naming the file and what to use instead, never an internal error.
 */
public class CffUserFontTest {

    private static final Report REPORT = Report.builder().add(Paragraph.of("正文测试报告ABC。")).build();

    public static byte[] testCff() throws IOException {
        try (InputStream in = CffUserFontTest.class.getResourceAsStream("wenshu-test-cff.otf")) {
            return in.readAllBytes();
        }
    }

    /** The test font with its CFF table past the header overwritten: parseable tables, unreadable outlines. */
    public static byte[] damagedCff() throws IOException {
        byte[] font = testCff();
        ByteBuffer b = ByteBuffer.wrap(font);
        int tables = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (b.getInt(entry) == 0x43464620) {
                int offset = b.getInt(entry + 8);
                int length = b.getInt(entry + 12);
                for (int k = offset + 24; k < offset + length; k++) {
                    font[k] = (byte) (k % 3 == 0 ? 0 : 0xFF);
                }
            }
        }
        return font;
    }

    private static ExportOptions with(byte[] font, String name) {
        return ExportOptions.defaults().withTimestamp(Instant.EPOCH)
                .withFonts(FontSet.bundled().with(FontRole.FANGSONG, font, name));
    }

    @Test
    void pdfEmbedsAWorkingCffFont() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().export(REPORT, with(testCff(), "wenshu-test-cff.otf"), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("正文测试报告ABC。"));
            assertTrue(doc.getPage(0).getResources().getFontNames().iterator().hasNext());
        }
    }

    @Test
    void docxSaysWhatToUseToEmbedACffFont() throws Exception {
        List<Warning> warnings = new DocxExporter().export(REPORT, with(testCff(), "wenshu-test-cff.otf"),
                new ByteArrayOutputStream()).warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.message().contains("wenshu-test-cff.otf")
                && w.message().contains("TrueType")), warnings::toString);
    }

    @Test
    void aCffTableTheSubsetterCannotReadIsAnExportErrorNamingTheFile() throws Exception {
        ExportOptions options = with(damagedCff(), "damaged.otf");
        ExportException e = assertThrows(ExportException.class,
                () -> new PdfExporter().export(REPORT, options, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("damaged.otf"), e.getMessage());
        assertTrue(e.getMessage().contains(".ttf"), e.getMessage());
        assertFalse(e.getMessage().contains("at com."), e.getMessage());
    }
}
