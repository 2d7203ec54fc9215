package io.github.wenshu.export.docx;

import io.github.wenshu.read.Readers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The 版头 of {@code examples/notice.json} as LibreOffice renders our DOCX, measured on page 1 rendered at
 * 10 px/mm: the red mark's top 35 mm below the 版心 top (72 mm from the paper top), the red rule 156 mm wide from
 * the 版心's left edge, 4 mm below the 发文字号's glyphs. The 版记 is {@link DocxImprintPagesLibreOfficeTest}.
 */
class DocxOfficialPartsLibreOfficeTest {

    private static final float DPI = 254f;
    private static BufferedImage page1;

    @BeforeAll
    static void render() throws Exception {
        if (!LibreOffice.available() || !Exports.bundledFonts()) {
            return;
        }
        byte[] docx = Exports.embedded(Readers.read(Path.of("examples/notice.json"))).bytes();
        try (PDDocument pdf = Loader.loadPDF(LibreOffice.toPdf(docx, "notice"))) {
            page1 = new PDFRenderer(pdf).renderImageWithDPI(0, DPI);
        }
    }

    @Test
    void theRedMarkTopIs35MmBelowTheTypeAreaTop() {
        assumeTrue(page1 != null, "LibreOffice or the bundled fonts are absent");
        List<int[]> red = bands(true);
        assertTrue(red.size() >= 2, "mark and rule in red: " + red.size() + " red bands");
        double markTop = red.get(0)[0] / 10.0;
        assertEquals(37 + 35, markTop, 1.0, "mark top in mm from the paper top");
    }

    @Test
    void theRedRuleSpansTheTypeArea4MmBelowTheDocumentNumber() {
        assumeTrue(page1 != null, "LibreOffice or the bundled fonts are absent");
        List<int[]> red = bands(true);
        int[] rule = red.get(red.size() - 1);
        assertTrue(rule[1] - rule[0] <= 8, "a thin rule, " + (rule[1] - rule[0] + 1) / 10.0 + " mm");
        int[] extent = PageBands.extent(page1, (rule[0] + rule[1]) / 2, PageBands::isRed);
        assertEquals(28, extent[0] / 10.0, 1.0, "rule starts at the 版心's left edge (mm)");
        assertEquals(156, (extent[1] - extent[0] + 1) / 10.0, 1.0, "rule as wide as the 版心 (mm)");
        double numberBottom = -1;
        for (int[] band : PageBands.bands(page1, false)) {
            if (band[1] < rule[0]) {
                numberBottom = band[1] / 10.0;
            }
        }
        assertEquals(4, rule[0] / 10.0 - numberBottom, 1.0, "rule below the 发文字号's glyphs (mm)");
    }

    private static List<int[]> bands(boolean red) {
        return PageBands.bands(page1, red);
    }
}
