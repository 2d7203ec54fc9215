package io.github.wenshu.export.docx;

import io.github.wenshu.export.ImageInfoTest;
import io.github.wenshu.export.pdf.PdfExporter;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.ImageSource;
import io.github.wenshu.model.Report;
import io.github.wenshu.style.Units;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The PDF and the DOCX set every figure at the same size: requested, natural at the file's resolution, capped. */
class FigureSizesAgreeTest {

    @Test
    void bothFormatsSetEachFigureAtTheSameSize() throws Exception {
        assumeTrue(Exports.bundledFonts(), "bundled fonts missing");
        byte[] at300dpi = ImageInfoTest.withPhys(ImageInfoTest.chart(), 11811);
        Report report = Report.builder()
                .add(FigureDocs.chart(120.0, "图1 请求宽度"))
                .add(FigureDocs.chart(null, "图2 96 dpi"))
                .add(new Figure(new ImageSource.Data(at300dpi, "300dpi.png"), "图3 300 dpi", null))
                .add(FigureDocs.chart(400.0, "图4 过宽"))
                .build();
        List<double[]> docx = FigureDocs.extentsMm(FigureDocs.dom(
                DocxParts.read(Exports.windowsNames(report).bytes()), "word/document.xml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().export(report, Exports.options(true), out);
        List<float[]> pdf = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            for (PDPage page : doc.getPages()) {
                new ImageBoxes(pdf).processPage(page);
            }
        }
        double[] expectedWidths = {120, 480 * 25.4 / 96, 480 * 25.4 / 300, 156};
        assertEquals(4, docx.size());
        assertEquals(4, pdf.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(expectedWidths[i], docx.get(i)[0], 0.5, "DOCX width of figure " + (i + 1));
            assertEquals(docx.get(i)[0], Units.ptToMm(pdf.get(i)[2]), 0.5, "PDF width of figure " + (i + 1));
            assertEquals(docx.get(i)[1], Units.ptToMm(pdf.get(i)[3]), 0.5, "PDF height of figure " + (i + 1));
        }
    }
}
