package io.github.wenshu.export.docx;

import io.github.wenshu.check.Checker;
import io.github.wenshu.check.ConformanceReport;
import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.ImprintPlacement;
import io.github.wenshu.export.ImprintReports;
import io.github.wenshu.export.pdf.Pagination;
import io.github.wenshu.export.pdf.PdfExporter;
import io.github.wenshu.model.Report;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The 版记 (GB/T 9704 §7.4, §7.5) as LibreOffice renders our DOCX, blank pages kept as in a duplex print, for a
 * body that ends on an even page with room (and with just the two lines the 版记 needs), on an odd page, and on
 * a full even page: LibreOffice makes as many
 * pages as our PDF, the 版记 is on the last page, which is even, numbered unless a blank page precedes it (then
 * neither is numbered); its three rules are 156 mm wide, the first where the PDF has it (± 1 mm), the last on the
 * 版心 bottom edge (262 mm), the 印发 line one grid line high with its glyphs centred between its rules; and
 * {@code wenshu check} finds no error in the rendering (the page number of a 版记 page in its own section on the
 * even side, say). Pages rendered at 10 px/mm.
 */
class DocxImprintPagesLibreOfficeTest {

    private static final float DPI = 254f;
    private static final double PITCH_MM = 225.0 / 22;

    static Stream<Arguments> reports() throws Exception {
        return Stream.of(Arguments.of("room", ImprintReports.notice(), ImprintPlacement.SAME_PAGE),
                Arguments.of("just-room", ImprintReports.endingOnAnEvenPageWithJustRoom(), ImprintPlacement.SAME_PAGE),
                Arguments.of("odd", ImprintReports.endingOnAnOddPage(), ImprintPlacement.NEXT_PAGE),
                Arguments.of("full", ImprintReports.endingOnAFullEvenPage(), ImprintPlacement.AFTER_BLANK_PAGE));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("reports")
    void theImprintEndsAnEvenLastPageNumberedAsInThePdf(String name, Report report, ImprintPlacement expected)
            throws Exception {
        assumeTrue(LibreOffice.available() && Exports.bundledFonts(), "LibreOffice or the bundled fonts are absent");
        Pagination ours = new PdfExporter().paginate(report, ExportOptions.defaults());
        assertEquals(expected, ours.imprint(), "the report exercises " + expected);
        byte[] rendered = LibreOffice.toPdf(Exports.embedded(report).bytes(), name);
        ConformanceReport check = new Checker().check(rendered, name + ".pdf");
        assertTrue(check.errors().isEmpty(), "wenshu check of LibreOffice's PDF: " + check.errors());
        try (PDDocument pdf = Loader.loadPDF(rendered)) {
            int pages = pdf.getNumberOfPages();
            assertEquals(ours.pages(), pages, "LibreOffice's pages = our PDF's pages");
            String last = text(pdf, pages);
            String before = text(pdf, pages - 1);
            assertTrue(last.contains("抄送：区委政法委") && last.contains("2024年12月20日印发"), last);
            assertFalse(before.contains("抄送"), "the 版记 only on the last page");
            boolean numbered = expected != ImprintPlacement.AFTER_BLANK_PAGE;
            assertEquals(numbered, last.contains("—" + pages + "—"), "page number on the 版记 page: " + last);
            if (!numbered) {
                assertTrue(before.isEmpty(), "a blank, unnumbered page before the 版记: " + before);
            }
            boolean alone = expected != ImprintPlacement.SAME_PAGE;
            assertEquals(alone, last.replaceAll("抄送：.*印发|—\\d+—", "").isEmpty(), "the 版记 alone: " + last);
            rules(new PDFRenderer(pdf).renderImageWithDPI(pages - 1, DPI));
        }
    }

    private static void rules(BufferedImage page) {
        List<int[]> rules = PageBands.blackRules(page, 8, 1500);
        assertEquals(3, rules.size(), "thick, thin and thick rule");
        for (int[] r : rules) {
            assertEquals(156, (r[2] - r[1] + 1) / 10.0, 1.0, "rule as wide as the 版心 (mm)");
        }
        assertEquals(37 + 20 * PITCH_MM, rules.get(0)[0] / 10.0, 1.0, "first rule on top of grid line 21 (mm)");
        assertEquals(262, rules.get(2)[0] / 10.0, 1.0, "last rule on the 版心 bottom edge (mm from the top)");
        assertEquals(PITCH_MM, (rules.get(2)[0] - rules.get(1)[0]) / 10.0, 0.5, "印发 line one grid line high (mm)");
        int[] printLine = PageBands.bands(page, false).stream()
                .filter(b -> b[0] > rules.get(1)[0] + 3 && b[1] < rules.get(2)[0] - 3).findFirst().orElseThrow();
        assertEquals((rules.get(1)[0] + rules.get(2)[0]) / 20.0, (printLine[0] + printLine[1]) / 20.0, 0.5,
                "the 印发 line's glyphs centred between its rules (mm)");
    }

    private static String text(PDDocument pdf, int page) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("\\s", "");
    }
}
