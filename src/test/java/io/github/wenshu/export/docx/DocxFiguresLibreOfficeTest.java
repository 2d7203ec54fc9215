package io.github.wenshu.export.docx;

import io.github.wenshu.model.Figure;
import io.github.wenshu.model.ImageSource;
import io.github.wenshu.model.PageBreak;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.style.OfficialStyle;
import io.github.wenshu.style.Style;
import io.github.wenshu.style.Units;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * LibreOffice sets a figure where and as large as asked: the picture 120 mm wide, centred in the 版心 on the
 * page, its caption just below it, and the text after it back on the line grid; a picture taller than the page
 * capped so that its caption stays with it.
 */
class DocxFiguresLibreOfficeTest {

    private static final Style STYLE = OfficialStyle.gbt9704();
    private static final String CAPTION = "图1 2024年行政复议、诉讼与调解案件数量";
    private static final String TALL_CAPTION = "图2 高图";
    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        assumeTrue(LibreOffice.available(), "LibreOffice (soffice) is not installed");
        Report report = Report.builder().add(Paragraph.of("前文。")).add(FigureDocs.chart(120.0, CAPTION))
                .add(Paragraph.of("后文。")).add(PageBreak.INSTANCE)
                .add(new Figure(new ImageSource.Data(FigureDocs.tallPng(), "tall.png"), TALL_CAPTION, null))
                .add(Paragraph.of("末段。")).build();
        Exports.Result r = Exports.bundledFonts() ? Exports.embedded(report) : Exports.windowsNames(report);
        pdf = LibreOffice.toPdf(r.bytes(), "figure");
    }

    @Test
    void thePictureIsDrawnAtTheRequestedSizeCentredInTheTypeAreaWithItsCaptionBelow() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<float[]> boxes = new ArrayList<>();
            new ImageBoxes(boxes).processPage(doc.getPage(0));
            assertEquals(1, boxes.size(), "one picture drawn");
            float[] box = boxes.get(0);
            assertEquals(120, mm(box[2]), 0.5, "width");
            assertEquals(120.0 * 270 / 480, mm(box[3]), 0.5, "height");
            double left = STYLE.marginBindingMm() + (STYLE.bodyWidthMm() - 120) / 2;
            assertEquals(left, mm(box[0]), 0.5, "centred in the type area of an odd page");

            Map<String, Float> baselines = baselines(doc, 1);
            float pageHeight = doc.getPage(0).getMediaBox().getHeight();
            float imageBottomFromTop = pageHeight - box[1];
            float imageTopFromTop = imageBottomFromTop - box[3];
            assertTrue(baselines.containsKey(CAPTION.replace(" ", "")), "caption read back: " + baselines.keySet());
            float caption = baselines.get(CAPTION.replace(" ", ""));
            float before = baselines.get("前文。");
            float after = baselines.get("后文。");
            float pitch = STYLE.linePitchPt();
            assertTrue(imageTopFromTop > before, "the picture is below the text before it");
            assertTrue(caption > imageBottomFromTop && caption - imageBottomFromTop < 1.5 * pitch,
                    "caption just below the picture: picture ends at " + imageBottomFromTop + ", caption baseline "
                            + caption);
            assertEquals(pitch, after - caption, 1.0, "the text after the caption is on the next grid line");
            double lines = (caption - before) / pitch;
            assertEquals(Math.round(lines), lines, 0.05, "the caption is on the grid: " + lines + " lines down");
        }
    }

    @Test
    void aPictureTallerThanThePageIsCappedSoThatItsCaptionStaysOnItsPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(3, doc.getNumberOfPages(), "the page break, then the picture and caption; the text after");
            List<float[]> boxes = new ArrayList<>();
            new ImageBoxes(boxes).processPage(doc.getPage(1));
            assertEquals(1, boxes.size());
            float[] box = boxes.get(0);
            assertEquals(box[3] / 10, box[2], 0.5, "aspect ratio kept");
            float pitch = STYLE.linePitchPt();
            assertTrue(box[3] > 20 * pitch && box[3] <= 21 * pitch, "height " + box[3] + " pt");
            Map<String, Float> page2 = baselines(doc, 2);
            assertTrue(page2.containsKey(TALL_CAPTION.replace(" ", "")), "caption on the picture's page: " + page2);
            assertTrue(baselines(doc, 3).containsKey("末段。"));
        }
    }

    private static double mm(float pt) {
        return Units.ptToMm(pt);
    }

    /** Baseline (from the page top) of every text line, by its text without spaces. */
    private static Map<String, Float> baselines(PDDocument doc, int page) throws IOException {
        Map<Integer, StringBuilder> texts = new java.util.TreeMap<>();
        Map<Integer, Float> ys = new java.util.HashMap<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    int key = Math.round(p.getYDirAdj());
                    texts.computeIfAbsent(key, k -> new StringBuilder()).append(p.getUnicode());
                    ys.put(key, p.getYDirAdj());
                }
            }
        };
        s.setStartPage(page);
        s.setEndPage(page);
        s.getText(doc);
        Map<String, Float> lines = new LinkedHashMap<>();
        texts.forEach((key, text) -> lines.put(text.toString().replaceAll("\\s", ""), ys.get(key)));
        return lines;
    }
}
