package io.github.wenshu.export.pdf;

import io.github.wenshu.export.ExportException;
import io.github.wenshu.export.TableReports;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.ImageSource;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.Readers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfTablesTest {

    @Test
    void longTableRepeatsItsHeaderAndSetsEveryCellOnce() throws Exception {
        PdfFixture.Rendered r = PdfFixture.render(TableReports.longTableReport());
        assertTrue(r.result().warnings().isEmpty(), r.result().warnings()::toString);
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            List<String> pages = pageTexts(doc);
            String all = String.join("", pages);
            int tablePages = 0;
            for (String page : pages) {
                if (TableReports.bodyTexts().stream().anyMatch(page::contains)) {
                    tablePages++;
                    for (String h : TableReports.HEADER) {
                        assertEquals(1, count(page, h), h + " once on every page of the table: " + page);
                    }
                }
            }
            assertTrue(tablePages >= 3, "the table runs over " + tablePages + " pages");
            for (String cell : TableReports.bodyTexts()) {
                assertEquals(1, count(all, cell), cell);
            }
            assertTrue(all.indexOf("表前一段") < all.indexOf("表1长表") && all.indexOf("〔69-2〕") < all.indexOf("表后一段"));
        }
    }

    @Test
    void bodyGridResumesAfterTheTable() throws Exception {
        PdfFixture.Rendered r = PdfFixture.render(TableReports.longTableReport());
        List<List<PdfLines.Line>> pages = PdfLines.read(r.pdf());
        PdfLines.Line after = pages.get(pages.size() - 1).stream().filter(l -> l.text().contains("表后一段"))
                .findFirst().orElseThrow();
        double row = (PdfFixture.FIRST_BASELINE - after.y()) / PdfFixture.PITCH;
        assertEquals(Math.round(row), row, 0.02, "baseline of the paragraph after the table off the grid");
    }

    @Test
    void governmentDisclosureTablesRenderWithTheirMergedHeaders() throws Exception {
        Report report = Readers.read(Path.of("examples/gov-info-disclosure-tables.json"));
        PdfFixture.Rendered r = PdfFixture.render(report);
        assertTrue(r.result().warnings().isEmpty(), r.result().warnings()::toString);
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            String all = String.join("", pageTexts(doc));
            for (String s : List.of("本年制发件数", "申请人情况", "法人或其他组织", "社会公益组织", "三、本年度办理结果",
                    "未经复议直接起诉", "复议后起诉", "结果维持")) {
                assertTrue(all.contains(s), s + " missing");
            }
        }
    }

    @Test
    void figureIsDrawnAtTheRequestedWidthWithItsAspectRatioAndEmbeddedOnce() throws Exception {
        Figure f = TableReports.chart(120);
        Report report = Report.builder().add(f).add(f).build();
        PdfFixture.Rendered r = PdfFixture.render(report);
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            List<float[]> drawn = new ArrayList<>();
            Set<COSBase> streams = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                new ImageSizes(drawn, streams).processPage(page);
            }
            assertEquals(2, drawn.size());
            assertEquals(1, streams.size(), "the same picture is embedded once");
            var img = javax.imageio.ImageIO.read(Path.of("examples/images/cases-2024.png").toFile());
            for (float[] wh : drawn) {
                assertEquals(120, PdfFixture.toMm(wh[0]), 0.1);
                assertEquals(120.0 * img.getHeight() / img.getWidth(), PdfFixture.toMm(wh[1]), 0.1);
            }
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertEquals(2, count(text, "图1案件数量"));
        }
    }

    @Test
    void aBadPictureIsAnErrorNamingTheBlock() {
        Report missing = Report.builder().add(new Figure(new ImageSource.File(Path.of("no/such.png")), "图", null)).build();
        ExportException e = assertThrows(ExportException.class, () -> PdfFixture.render(missing));
        assertTrue(e.getMessage().contains("body[0]") && e.getMessage().contains("no/such.png"), e.getMessage());
        Report junk = Report.builder().add(new Figure(new ImageSource.Data(new byte[] {1, 2, 3}, "junk.png"), null, null))
                .build();
        e = assertThrows(ExportException.class, () -> PdfFixture.render(junk));
        assertTrue(e.getMessage().contains("body[0]") && e.getMessage().contains("junk.png"), e.getMessage());
    }

    static List<String> pageTexts(PDDocument doc) throws IOException {
        List<String> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            s.setStartPage(p);
            s.setEndPage(p);
            out.add(s.getText(doc).replaceAll("\\s", ""));
        }
        return out;
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Collects the drawn size (CTM scale) of every image XObject and the streams behind them. */
    private static final class ImageSizes extends PDFStreamEngine {
        private final List<float[]> drawn;
        private final Set<COSBase> streams;

        ImageSizes(List<float[]> drawn, Set<COSBase> streams) {
            this.drawn = drawn;
            this.streams = streams;
            addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
            addOperator(new org.apache.pdfbox.contentstream.operator.state.SetMatrix(this));
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ("Do".equals(operator.getName())) {
                var x = getResources().getXObject((COSName) operands.get(0));
                if (x instanceof PDImageXObject image) {
                    Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                    drawn.add(new float[] {m.getScalingFactorX(), m.getScalingFactorY()});
                    streams.add(image.getCOSObject());
                }
                return;
            }
            super.processOperator(operator, operands);
        }
    }
}
