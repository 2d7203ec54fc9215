package io.github.wenshu.export.pdf;

import io.github.wenshu.export.ExportResult;
import io.github.wenshu.export.TableReports;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.model.Table;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static io.github.wenshu.export.pdf.PdfFixture.mm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Landscape tables (GB/T 9704 §8) and tables wider or taller than the 版心, read back with PDFBox. */
class PdfLandscapeTablesTest {

    private static final float BODY_BOTTOM = PdfFixture.BODY_TOP - mm(225);

    /** A glyph as drawn: page, text, origin in page space, and whether it reads upwards (turned). */
    record Drawn(int page, String text, float x, float y, boolean turned) {
    }

    @Test
    void landscapeTableIsTurnedOnPagesOfItsOwnHeadTowardsTheLeftEveryCellOnce() throws Exception {
        PdfFixture.Rendered r = PdfFixture.render(TableReports.landscapeTableReport());
        assertTrue(r.result().warnings().isEmpty(), r.result().warnings()::toString);
        List<Drawn> glyphs = glyphs(r.pdf());
        List<String> pages;
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            pages = PdfTablesTest.pageTexts(doc);
        }
        String all = String.join("", pages);
        for (String cell : TableReports.bodyTexts()) {
            assertEquals(1, PdfTablesTest.count(all, cell), cell);
        }
        int before = page(pages, "表前一段");
        int after = page(pages, "表后一段");
        List<Integer> turnedPages = glyphs.stream().filter(Drawn::turned).map(Drawn::page).distinct().toList();
        assertTrue(turnedPages.size() >= 3, "turned pages " + turnedPages);
        assertTrue(turnedPages.stream().anyMatch(p -> p % 2 == 0) && turnedPages.stream().anyMatch(p -> p % 2 == 1));
        assertTrue(turnedPages.get(0) == before + 1 && after == turnedPages.get(turnedPages.size() - 1) + 1,
                "own pages: before " + before + ", turned " + turnedPages + ", after " + after);
        for (int p : turnedPages) {
            String text = pages.get(p - 1);
            for (String h : TableReports.HEADER) {
                assertEquals(1, PdfTablesTest.count(text, h), h + " once on page " + p);
            }
            float left = mm(p % 2 == 1 ? 28 : 26);
            List<Drawn> onPage = glyphs.stream().filter(g -> g.page() == p).toList();
            for (Drawn g : onPage.stream().filter(Drawn::turned).toList()) {
                assertTrue(g.x() >= left - 0.5f && g.x() <= left + mm(156) + 0.5f
                        && g.y() >= BODY_BOTTOM - 0.5f && g.y() <= PdfFixture.BODY_TOP + 0.5f, "outside the 版心: " + g);
            }
            float headX = onPage.stream().filter(g -> g.turned() && "项".equals(g.text())).findFirst().orElseThrow().x();
            float bodyX = onPage.stream().filter(g -> g.turned() && "〔".equals(g.text()))
                    .map(Drawn::x).reduce(Float::max).orElseThrow();
            assertTrue(headX < bodyX, "page " + p + ": the head faces the left edge (binding edge on odd pages,"
                    + " outer edge on even ones)");
            List<Drawn> upright = onPage.stream().filter(g -> !g.turned()).toList();
            assertFalse(upright.isEmpty(), "page " + p + " keeps its upright page number");
            for (Drawn g : upright) {
                assertTrue(g.y() < BODY_BOTTOM - mm(5), "only the page number is upright on page " + p + ": " + g);
            }
            String number = String.valueOf(p);
            assertTrue(upright.stream().map(Drawn::text).reduce("", String::concat).contains(number));
        }
    }

    @Test
    void wideMillimetreColumnsTurnTheTableOrAreScaledWhenTheStyleSaysSo() throws Exception {
        Report report = Report.builder().add(Paragraph.of("表前一段。")).add(wide()).build();
        PdfFixture.Rendered turned = PdfFixture.render(report);
        assertTrue(turned.result().warnings().isEmpty(), turned.result().warnings()::toString);
        assertTrue(glyphs(turned.pdf()).stream().anyMatch(g -> g.turned() && g.page() == 2));

        PdfFixture.Rendered scaled = PdfFixture.render(report, PdfFixture.options()
                .withStyle(PdfFixture.options().style().toBuilder().rotateWideTables(false).build()));
        assertTrue(has(scaled.result(), "table-scaled"), scaled.result().warnings()::toString);
        List<Drawn> glyphs = glyphs(scaled.pdf());
        assertTrue(glyphs.stream().noneMatch(Drawn::turned));
        for (Drawn g : glyphs) {
            assertTrue(g.x() >= mm(28) - 0.5f && g.x() <= mm(28 + 156), "outside the 版心: " + g);
        }
        assertTrue(glyphs.stream().anyMatch(g -> g.text().equals("尾") && g.x() > mm(28 + 140)));
    }

    @Test
    void aRowTallerThanAPageInsideARowSpanIsSplitNotDrawnPastTheBottom() throws Exception {
        StringBuilder tall = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            tall.append("第").append(i).append("句很长的说明文字，");
        }
        tall.append("结束。");
        Table t = Table.builder().header("类别", "说明", "数量")
                .row(new Table.Row(List.of(Table.Cell.of("合并类别").span(1, 2), Table.Cell.of(tall.toString()),
                        Table.Cell.of("1"))))
                .row("短说明", "2").row("下一类", "其后一行", "3").build();
        Report report = Report.builder().add(Paragraph.of("表前一段。")).add(t).add(Paragraph.of("表后一段。")).build();
        PdfFixture.Rendered r = PdfFixture.render(report);
        assertFalse(has(r.result(), "table-rows-too-tall"), r.result().warnings()::toString);
        List<Drawn> glyphs = glyphs(r.pdf());
        for (Drawn g : glyphs.stream().filter(g -> !g.text().matches("[—\\d ]")).toList()) {
            assertTrue(g.y() >= BODY_BOTTOM - 0.5f && g.y() <= PdfFixture.BODY_TOP, "outside the 版心: " + g);
        }
        String all;
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            all = String.join("", PdfTablesTest.pageTexts(doc));
        }
        for (String s : List.of("第0句", "第100句", "第199句很长的说明文字，结束。", "合并类别", "短说明", "其后一行")) {
            assertEquals(1, PdfTablesTest.count(all, s), s);
        }
        assertTrue(glyphs.stream().map(Drawn::page).distinct().count() >= 3);
    }

    private static Table wide() {
        Table.Builder b = Table.builder();
        for (int k = 0; k < 6; k++) {
            b.column(Table.Width.mm(35), null);
        }
        return b.header("地区", "项目", "金额", "人数", "比例", "备注").row("甲地", "一项", "12.5", "30", "5%", "末列结尾")
                .row("乙地", "二项", "7.25", "12", "3%", "尾").build();
    }

    private static boolean has(ExportResult r, String code) {
        return r.warnings().stream().anyMatch(w -> w.code().equals(code));
    }

    private static int page(List<String> pages, String text) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(text)) {
                return p + 1;
            }
        }
        throw new AssertionError(text + " not found");
    }

    /** Every glyph with its origin in page space (text rendering matrix) and whether it runs upwards. */
    static List<Drawn> glyphs(byte[] pdf) throws IOException {
        List<Drawn> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                int page = p;
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        var m = t.getTextMatrix();
                        boolean up = m.getValue(0, 1) > 0.5 && Math.abs(m.getValue(0, 0)) < 0.01;
                        out.add(new Drawn(page, t.getUnicode(), m.getTranslateX(), m.getTranslateY(), up));
                    }
                };
                s.setStartPage(p);
                s.setEndPage(p);
                s.getText(doc);
            }
        }
        return out;
    }
}
