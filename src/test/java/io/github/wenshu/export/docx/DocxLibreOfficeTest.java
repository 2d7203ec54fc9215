package io.github.wenshu.export.docx;

import io.github.wenshu.check.Checker;
import io.github.wenshu.check.ConformanceReport;
import io.github.wenshu.check.Outcome;
import io.github.wenshu.check.Rule;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * LibreOffice renders the example DOCX (fonts embedded, none of them installed on the machine) on the GB/T 9704
 * grid: 22 lines of 28 characters, the embedded faces, page numbers right on odd and left on even pages.
 */
class DocxLibreOfficeTest {

    private static final List<Rule> MEASURED_FROM_FULL_LINES =
            List.of(Rule.TYPE_AREA_LEFT, Rule.TYPE_AREA_WIDTH, Rule.PAGE_NUMBER_SIDE);

    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        assumeTrue(LibreOffice.available(), "LibreOffice (soffice) is not installed");
        assumeTrue(SampleReport.available() && Exports.bundledFonts(), "example or bundled fonts missing");
        pdf = LibreOffice.toPdf(Exports.embedded(SampleReport.load()).bytes(), "example");
    }

    @Test
    void theGridHolds22LinesOf28Characters() throws IOException {
        ConformanceReport report = new Checker().check(pdf, "example.pdf");
        for (Rule rule : List.of(Rule.PAPER_SIZE, Rule.TYPE_AREA_LEFT, Rule.TYPE_AREA_TOP, Rule.TYPE_AREA_WIDTH,
                Rule.TYPE_AREA_BOTTOM, Rule.LINES_PER_PAGE, Rule.LINE_PITCH, Rule.CHARS_PER_LINE, Rule.BODY_SIZE,
                Rule.TITLE_SIZE, Rule.KINSOKU, Rule.FONT_EMBEDDED, Rule.PAGE_NUMBER_FORM, Rule.PAGE_NUMBER_SIZE,
                Rule.PAGE_NUMBER_POSITION, Rule.PAGE_NUMBER_SIDE, Rule.PAGE_NUMBER_SEQUENCE, Rule.BODY_FONT,
                Rule.HEADING_FONT)) {
            // The checker takes the right-aligned 署名 and date of a last page with one short body line for the
            // page's full lines, and measures that page's type area and page-number inset from them; our own
            // tests check the last page's page number side.
            var findings = report.findings(rule).stream()
                    .filter(f -> !(MEASURED_FROM_FULL_LINES.contains(rule) && f.page() == report.pages()))
                    .toList();
            assertTrue(findings.isEmpty(), rule + ": " + findings);
        }
    }

    @Test
    void fullPagesHave22BodyLinesAndPureHanziLinesHave28Characters() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<List<Line>> pages = Line.read(doc);
            assertTrue(pages.size() >= 5, "pages: " + pages.size());
            int checkedLines = 0;
            int fullPages = 0;
            for (int p = 1; p < pages.size() - 1; p++) {
                List<Line> body = pages.get(p).subList(0, pages.get(p).size() - 1);
                double left = body.stream().mapToDouble(Line::left).min().orElseThrow();
                List<Line> next = pages.get(p + 1);
                double nextLeft = next.stream().mapToDouble(Line::left).min().orElseThrow();
                boolean continues = next.get(0).left() - nextLeft < 2;
                assertTrue(body.size() <= 22, "body lines on page " + (p + 1) + ": " + body.size());
                if (continues) {
                    assertEquals(22, body.size(), "body lines on page " + (p + 1) + ", whose text goes on overleaf");
                    fullPages++;
                }
                double right = body.stream().mapToDouble(Line::right).max().orElseThrow();
                for (Line l : body) {
                    if (l.fullWidth() && l.left() - left < 2 && right - l.right() < 2) {
                        assertEquals(28, l.text().length(), "page " + (p + 1) + ": " + l.text());
                        checkedLines++;
                    }
                }
            }
            assertTrue(checkedLines > 20, "full lines of hanzi checked: " + checkedLines);
            assertTrue(fullPages >= (pages.size() - 2) / 2, "full pages: " + fullPages);
        }
    }

    @Test
    void pageNumbersSitRightOnOddAndLeftOnEvenPages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<List<Line>> pages = Line.read(doc);
            for (int p = 0; p < pages.size(); p++) {
                Line footer = pages.get(p).get(pages.get(p).size() - 1);
                int n = p + 1;
                assertEquals("— " + n + " —", footer.text(), "page " + n);
                double oneChar = 14;
                if (n % 2 == 1) {
                    assertEquals(595.3 - 73.7 - oneChar, footer.right(), 1.5, "odd page " + n + " right edge");
                } else {
                    assertEquals(73.7 + oneChar, footer.left(), 1.5, "even page " + n + " left edge");
                }
            }
        }
    }

    @Test
    void wordNumberingShowsEveryHeadingsNumber() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            int headings = 0;
            for (var block : SampleReport.load().body()) {
                if (block instanceof io.github.wenshu.model.Heading h) {
                    String start = h.number() + h.plainText().substring(0, Math.min(6, h.plainText().length()));
                    assertTrue(text.contains(start.replaceAll("\\s", "")), "heading shown as " + start);
                    headings++;
                }
            }
            assertTrue(headings > 30, "headings: " + headings);
        }
    }

    @Test
    void headingsIncludingRunInOnesBecomePdfBookmarksByLevel() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            assertTrue(outline != null, "LibreOffice wrote no bookmarks");
            List<String> levels = new ArrayList<>();
            collect(outline.children(), 1, levels);
            assertTrue(levels.contains("1 一、深入学习贯彻"), levels.toString());
            assertTrue(levels.contains("2 （二）健全政府机"), levels.toString());
            assertTrue(levels.contains("3 1.优化机构服务"), "run-in level 3 in the outline: " + levels);
            assertEquals(39, levels.size(), levels.toString());
        }
    }

    private static void collect(Iterable<org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline
            .PDOutlineItem> items, int level, List<String> out) {
        for (var item : items) {
            String title = item.getTitle().replaceAll("\\s", "");
            out.add(level + " " + title.substring(0, Math.min(8, title.length())));
            collect(item.children(), level + 1, out);
        }
    }

    @Test
    void theEmbeddedFacesDrawTheText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> names = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    names.add(f.getName());
                    assertTrue(f.isEmbedded(), f.getName());
                }
            }
            for (String family : List.of("FandolFang", "FandolHei", "FandolKai", "NotoSerifCJKSC")) {
                assertTrue(names.stream().anyMatch(n -> n.matches("[A-Z]{6}\\+" + family + "(Bold)?[0-9A-F]{8}")),
                        family + " under its subset's own name in " + names);
            }
        }
    }

    /** A text line of a page: characters sorted left to right. */
    record Line(double y, double left, double right, String text, boolean fullWidth) {

        static List<List<Line>> read(PDDocument doc) throws IOException {
            List<List<Line>> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                private final List<TextPosition> glyphs = new ArrayList<>();

                @Override
                protected void startPage(PDPage page) {
                    glyphs.clear();
                }

                @Override
                protected void processTextPosition(TextPosition t) {
                    glyphs.add(t);
                }

                @Override
                protected void endPage(PDPage page) {
                    pages.add(lines(glyphs));
                }
            };
            stripper.getText(doc);
            return pages;
        }

        private static List<Line> lines(List<TextPosition> glyphs) {
            List<TextPosition> sorted = new ArrayList<>(glyphs);
            sorted.sort((a, b) -> Math.abs(a.getYDirAdj() - b.getYDirAdj()) > 3
                    ? Float.compare(a.getYDirAdj(), b.getYDirAdj()) : Float.compare(a.getXDirAdj(), b.getXDirAdj()));
            List<Line> out = new ArrayList<>();
            List<TextPosition> current = new ArrayList<>();
            for (TextPosition t : sorted) {
                if (!current.isEmpty() && Math.abs(current.get(0).getYDirAdj() - t.getYDirAdj()) > 3) {
                    out.add(of(current));
                    current.clear();
                }
                current.add(t);
            }
            if (!current.isEmpty()) {
                out.add(of(current));
            }
            return out;
        }

        private static Line of(List<TextPosition> ts) {
            StringBuilder sb = new StringBuilder();
            boolean full = true;
            for (TextPosition t : ts) {
                sb.append(t.getUnicode());
                full &= t.getUnicode().codePoints().allMatch(cp -> cp > 0x2E80);
            }
            TextPosition last = ts.get(ts.size() - 1);
            return new Line(ts.get(0).getYDirAdj(), ts.get(0).getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    sb.toString(), full);
        }
    }
}
