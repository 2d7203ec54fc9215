package io.github.wenshu.export.docx;

import io.github.wenshu.read.Readers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The 版头 and 版记 of {@code examples/notice.json} as LibreOffice renders our DOCX (blank pages kept, as in a
 * duplex print), measured on pages rendered at 10 px/mm: the red mark's top 35 mm below the 版心 top (72 mm from
 * the paper top), the red rule 156 mm wide from the 版心's left edge, 4 mm below the 发文字号's glyphs; the 版记
 * alone on the last, even page after a blank page, neither numbered, its three rules 156 mm wide, the last on the
 * 版心 bottom edge (262 mm).
 */
class DocxOfficialPartsLibreOfficeTest {

    private static final float DPI = 254f;
    private static BufferedImage page1;
    private static BufferedImage last;
    private static int pages;
    private static String lastText;
    private static String blankText;

    @BeforeAll
    static void render() throws Exception {
        if (!LibreOffice.available() || !Exports.bundledFonts()) {
            return;
        }
        byte[] docx = Exports.embedded(Readers.read(Path.of("examples/notice.json"))).bytes();
        try (PDDocument pdf = Loader.loadPDF(LibreOffice.toPdf(docx, "notice"))) {
            page1 = new PDFRenderer(pdf).renderImageWithDPI(0, DPI);
            pages = pdf.getNumberOfPages();
            last = new PDFRenderer(pdf).renderImageWithDPI(pages - 1, DPI);
            org.apache.pdfbox.text.PDFTextStripper text = new org.apache.pdfbox.text.PDFTextStripper();
            text.setStartPage(pages);
            lastText = text.getText(pdf).replaceAll("\\s", "");
            text.setStartPage(pages - 1);
            text.setEndPage(pages - 1);
            blankText = text.getText(pdf);
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
        int y = (rule[0] + rule[1]) / 2;
        int left = -1;
        int right = -1;
        for (int x = 0; x < page1.getWidth(); x++) {
            if (isRed(page1.getRGB(x, y))) {
                left = left < 0 ? x : left;
                right = x;
            }
        }
        assertEquals(28, left / 10.0, 1.0, "rule starts at the 版心's left edge (mm)");
        assertEquals(156, (right - left + 1) / 10.0, 1.0, "rule as wide as the 版心 (mm)");
        double numberBottom = -1;
        for (int[] band : bands(false)) {
            if (band[1] < rule[0]) {
                numberBottom = band[1] / 10.0;
            }
        }
        assertEquals(4, rule[0] / 10.0 - numberBottom, 1.0, "rule below the 发文字号's glyphs (mm)");
    }

    @Test
    void theImprintIsAloneOnAnEvenLastPageAfterABlankPageNeitherNumbered() {
        assumeTrue(last != null, "LibreOffice or the bundled fonts are absent");
        assertEquals(0, pages % 2, "the 版记 page is even: " + pages + " pages");
        assertTrue(lastText.contains("抄送：区委政法委") && lastText.contains("2024年12月20日印发"), lastText);
        assertTrue(!lastText.contains("—") && blankText.isBlank(), "no page number on the blank and 版记 pages: "
                + blankText + " / " + lastText);
    }

    @Test
    void theImprintRulesSpanTheTypeAreaTheLastOnItsBottomEdge() {
        assumeTrue(last != null, "LibreOffice or the bundled fonts are absent");
        List<int[]> rules = new ArrayList<>();
        for (int[] band : bands(last, false)) {
            int y = (band[0] + band[1]) / 2;
            int left = -1;
            int right = -1;
            for (int x = 0; x < last.getWidth(); x++) {
                if (isDark(last.getRGB(x, y))) {
                    left = left < 0 ? x : left;
                    right = x;
                }
            }
            if (right - left > 1500 && band[1] - band[0] <= 8) {
                rules.add(new int[] {y, left, right});
            }
        }
        assertEquals(3, rules.size(), "thick, thin and thick rule");
        for (int[] r : rules) {
            assertEquals(156, (r[2] - r[1] + 1) / 10.0, 1.0, "rule as wide as the 版心 (mm)");
        }
        assertEquals(262, rules.get(2)[0] / 10.0, 1.0, "last rule on the 版心 bottom edge (mm from the top)");
        assertEquals(10.2, (rules.get(2)[0] - rules.get(1)[0]) / 10.0, 0.5, "印发 line one grid line high (mm)");
    }

    /** Row bands (first and last row, in px) holding red pixels, or dark (black text) pixels. */
    private static List<int[]> bands(boolean red) {
        return bands(page1, red);
    }

    private static List<int[]> bands(BufferedImage page, boolean red) {
        List<int[]> bands = new ArrayList<>();
        for (int y = 0; y < page.getHeight(); y++) {
            boolean hit = false;
            for (int x = 0; x < page.getWidth() && !hit; x += 2) {
                int rgb = page.getRGB(x, y);
                hit = red ? isRed(rgb) : isDark(rgb);
            }
            if (hit) {
                if (!bands.isEmpty() && y - bands.get(bands.size() - 1)[1] <= 2) {
                    bands.get(bands.size() - 1)[1] = y;
                } else {
                    bands.add(new int[] {y, y});
                }
            }
        }
        return bands;
    }

    private static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xff) > 150 && (rgb >> 8 & 0xff) < 90 && (rgb & 0xff) < 90;
    }

    private static boolean isDark(int rgb) {
        return (rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff) < 200;
    }
}
