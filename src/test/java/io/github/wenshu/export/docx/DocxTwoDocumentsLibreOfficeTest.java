package io.github.wenshu.export.docx;

import io.github.wenshu.read.Readers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A DOCX looks the same in LibreOffice whatever Wenshu document it opened before: LibreOffice keeps the first
 * embedded font of a name for every later document, so subsets that shared a family name drew the second
 * document's characters with the first one's glyphs, boxes where it had none. Page 1 of the example report,
 * converted after the notice in one LibreOffice process, is the same picture as converted alone.
 */
class DocxTwoDocumentsLibreOfficeTest {

    @Test
    void aDocumentOpenedAfterAnotherRendersAsAlone() throws Exception {
        assumeTrue(LibreOffice.available() && Exports.bundledFonts(), "LibreOffice or the bundled fonts are absent");
        byte[] notice = Exports.embedded(Readers.read(Path.of("examples/notice.json"))).bytes();
        byte[] report = Exports.embedded(SampleReport.load()).bytes();
        Map<String, byte[]> both = new LinkedHashMap<>();
        both.put("notice", notice);
        both.put("report", report);
        BufferedImage after = page1(LibreOffice.toPdfs(both).get("report"));
        BufferedImage alone = page1(LibreOffice.toPdf(report, "report"));
        int differing = 0;
        for (int y = 0; y < alone.getHeight(); y++) {
            for (int x = 0; x < alone.getWidth(); x++) {
                if (alone.getRGB(x, y) != after.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertEquals(0, differing, "pixels of page 1 that differ after the notice was opened first");
    }

    private static BufferedImage page1(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, 72f);
        }
    }
}
