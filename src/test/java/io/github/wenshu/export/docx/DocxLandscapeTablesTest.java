package io.github.wenshu.export.docx;

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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Landscape tables (GB/T 9704 §8) in a landscape section, and millimetre columns scaled to the type area. */
class DocxLandscapeTablesTest {

    private static final double MM = 72 / 25.4;

    @Test
    void landscapeTableGetsALandscapeSectionOfItsOwn() throws Exception {
        Exports.Result r = Exports.run(new DocxExporter(), TableReports.landscapeTableReport(), Exports.options(false));
        assertTrue(r.result().warnings().stream().noneMatch(w -> w.code().equals("table-landscape")));
        assertTrue(r.result().warnings().stream().anyMatch(w -> w.code().equals("table-landscape-page")
                && w.location().equals("body[1]")), r.result().warnings()::toString);
        String xml = new String(DocxParts.read(r.bytes()).get("word/document.xml"), StandardCharsets.UTF_8);
        assertEquals(3, count(xml, "<w:sectPr"), "portrait section, landscape section, body's last section");
        Matcher m = Pattern.compile("<w:pgSz w:w=\"(\\d+)\" w:h=\"(\\d+)\" w:orient=\"landscape\"/>"
                + "<w:pgMar w:top=\"(\\d+)\" w:right=\"(\\d+)\" w:bottom=\"(\\d+)\" w:left=\"(\\d+)\"").matcher(xml);
        assertTrue(m.find(), "a landscape page size with its margins");
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        assertTrue(w > h);
        assertEquals(225, (w - Integer.parseInt(m.group(4)) - Integer.parseInt(m.group(6))) / 56.6929, 0.2);
        assertEquals(156, (h - Integer.parseInt(m.group(3)) - Integer.parseInt(m.group(5))) / 56.6929, 0.2);
    }

    @Test
    void libreOfficeSetsTheTableOnLandscapePagesWithItsHeaderOnEachAndTheBodyUprightAround() throws Exception {
        assumeTrue(LibreOffice.available(), "LibreOffice (soffice) is not installed");
        Exports.Result r = Exports.run(new DocxExporter(), TableReports.landscapeTableReport(), Exports.options(false));
        byte[] pdf = LibreOffice.toPdf(r.bytes(), "landscape-table");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder all = new StringBuilder();
            List<Integer> tablePages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                String page = text(doc, p);
                all.append(page);
                var box = doc.getPage(p - 1).getMediaBox();
                boolean landscape = box.getWidth() > box.getHeight();
                if (TableReports.bodyTexts().stream().anyMatch(page::contains)) {
                    tablePages.add(p);
                    assertTrue(landscape, "table page " + p + " is landscape");
                    for (String head : TableReports.HEADER) {
                        assertTrue(page.contains(head), head + " on page " + p);
                    }
                    assertTrue(page.contains("—" + p + "—"), "page number on page " + p + ": " + page);
                    for (float[] xy : glyphs(doc, p)) {
                        assertTrue(xy[0] >= 35 * MM && xy[0] <= (297 - 36) * MM
                                && xy[1] >= 27 * MM && xy[1] <= (210 - 27) * MM, "outside the turned 版心");
                    }
                } else {
                    assertTrue(!landscape, "page " + p + " without the table is portrait");
                }
                if (page.contains("表前一段") || page.contains("表后一段")) {
                    assertTrue(!landscape);
                }
            }
            assertTrue(tablePages.size() >= 2, "table pages " + tablePages);
            for (String cell : TableReports.bodyTexts()) {
                assertEquals(1, count(all.toString(), cell), cell + " once");
            }
        }
    }

    @Test
    void aLandscapeTableFirstInTheDocumentStartsItLandscapeAndTheBodyResumesUprightOnANewPage() throws Exception {
        Table t = TableReports.longTable();
        Table turned = new Table(t.caption(), t.columns(), t.rows(), t.headerRows(), true);
        Report report = Report.builder().add(turned).add(Paragraph.of("表后一段。")).build();
        Exports.Result r = Exports.run(new DocxExporter(), report, Exports.options(false));
        String xml = new String(DocxParts.read(r.bytes()).get("word/document.xml"), StandardCharsets.UTF_8);
        assertEquals(2, count(xml, "<w:sectPr"), "the landscape section and the body's last section");
        int firstSection = xml.indexOf("<w:sectPr");
        String first = xml.substring(firstSection, xml.indexOf("</w:sectPr>", firstSection));
        assertTrue(first.contains("w:orient=\"landscape\""), "the first section is landscape: " + first);
        String before = xml.substring(xml.indexOf("<w:body>"), xml.indexOf("<w:tbl>"));
        assertEquals(1, count(before, "<w:p>") + count(before, "<w:p "), "only the caption before the table: " + before);
        assertTrue(before.contains(t.caption()));
        assertTrue(xml.indexOf("表后一段") > firstSection, "the body resumes after the landscape section");
        assertTrue(!xml.substring(firstSection + first.length()).contains("w:orient"), "the last section is portrait");

        assumeTrue(LibreOffice.available(), "LibreOffice (soffice) is not installed");
        try (PDDocument doc = Loader.loadPDF(LibreOffice.toPdf(r.bytes(), "landscape-table-first"))) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 3, "the table takes pages 1 and 2 at least: " + pages);
            for (int p = 1; p <= pages; p++) {
                var box = doc.getPage(p - 1).getMediaBox();
                assertEquals(p < pages, box.getWidth() > box.getHeight(), "page " + p + " of " + pages);
                assertEquals(p < pages, TableReports.bodyTexts().stream().anyMatch(text(doc, p)::contains),
                        "table text on page " + p);
            }
            assertTrue(text(doc, 1).contains(t.caption().replaceAll("\\s", "")), "page 1 starts with the table");
            assertTrue(text(doc, pages).contains("表后一段"), "the body resumes upright on a page of its own");
        }
    }

    @Test
    void aLandscapeTableThatEndsTheDocumentEndsItOnItsLastPage() throws Exception {
        Table a = Table.builder().header("甲表项目", "数量").row("甲表第一行", "1").landscape(true).build();
        Report report = Report.builder().add(Paragraph.of("表前一段。")).add(a).build();
        Exports.Result r = Exports.run(new DocxExporter(), report, Exports.options(false));
        String xml = new String(DocxParts.read(r.bytes()).get("word/document.xml"), StandardCharsets.UTF_8);
        String last = xml.substring(xml.lastIndexOf("<w:sectPr"));
        assertTrue(last.contains("<w:type w:val=\"continuous\"/>") && last.contains("w:orient=\"landscape\""),
                "the last section goes on landscape, without a page of its own: " + last);
        DocxSchemaTest.assertValid(DocxParts.read(r.bytes()));
        assumeTrue(LibreOffice.available(), "LibreOffice (soffice) is not installed");
        try (PDDocument doc = Loader.loadPDF(LibreOffice.toPdf(r.bytes(), "landscape-table-last"))) {
            assertEquals(2, doc.getNumberOfPages(), "portrait, then landscape; no empty page after the table");
            assertTrue(text(doc, 2).contains("甲表第一行"));
        }
    }

    @Test
    void landscapeTablesOneAfterAnotherShareASectionEachFromANewPage() throws Exception {
        Table a = Table.builder().header("甲表项目", "数量").row("甲表第一行", "1").landscape(true).build();
        Table b = Table.builder().header("乙表项目", "数量").row("乙表第一行", "2").landscape(true).build();
        Report report = Report.builder().add(Paragraph.of("表前一段。")).add(a).add(b)
                .add(Paragraph.of("表后一段。")).build();
        Exports.Result r = Exports.run(new DocxExporter(), report, Exports.options(false));
        String xml = new String(DocxParts.read(r.bytes()).get("word/document.xml"), StandardCharsets.UTF_8);
        assertEquals(3, count(xml, "<w:sectPr"), "one landscape section for both tables");
        assertEquals(1, count(xml, "w:orient=\"landscape\""));
        assumeTrue(LibreOffice.available(), "LibreOffice (soffice) is not installed");
        try (PDDocument doc = Loader.loadPDF(LibreOffice.toPdf(r.bytes(), "two-landscape-tables"))) {
            assertEquals(4, doc.getNumberOfPages(), "portrait, landscape, landscape, portrait");
            for (int p = 1; p <= 4; p++) {
                var box = doc.getPage(p - 1).getMediaBox();
                assertEquals(p == 2 || p == 3, box.getWidth() > box.getHeight(), "page " + p);
            }
            assertTrue(text(doc, 2).contains("甲表第一行") && text(doc, 3).contains("乙表第一行"));
        }
    }

    @Test
    void wideMillimetreColumnsAreScaledToTheTypeAreaWhenTheStyleKeepsTablesUpright() throws Exception {
        Table.Builder b = Table.builder();
        for (int k = 0; k < 6; k++) {
            b.column(Table.Width.mm(35), null);
        }
        Table wide = b.header("地区", "项目", "金额", "人数", "比例", "备注").row("甲地", "一项", "12.5", "30", "5%", "尾").build();
        Report report = Report.builder().add(Paragraph.of("表前一段。")).add(wide).build();
        var options = Exports.options(false);
        options = options.withStyle(options.style().toBuilder().rotateWideTables(false).build());
        Exports.Result r = Exports.run(new DocxExporter(), report, options);
        assertTrue(r.result().warnings().stream().anyMatch(w -> w.code().equals("table-scaled")),
                r.result().warnings()::toString);
        String xml = new String(DocxParts.read(r.bytes()).get("word/document.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<w:tblW w:w=\"(\\d+)\"").matcher(xml);
        assertTrue(m.find());
        assertEquals(156, Integer.parseInt(m.group(1)) / 56.6929, 0.5);
        assertTrue(!xml.contains("landscape"));

        Exports.Result turned = Exports.run(new DocxExporter(), report, Exports.options(false));
        assertTrue(new String(DocxParts.read(turned.bytes()).get("word/document.xml"), StandardCharsets.UTF_8)
                .contains("w:orient=\"landscape\""), "by default a too wide table is turned");
    }

    private static String text(PDDocument doc, int p) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(p);
        s.setEndPage(p);
        return s.getText(doc).replaceAll("\\s", "");
    }

    /** The origin of every glyph on page {@code p} except the page number's, y from the page bottom. */
    private static List<float[]> glyphs(PDDocument doc, int p) throws IOException {
        List<float[]> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                if (!t.getUnicode().matches("[—\\d\\s]")) {
                    out.add(new float[] {t.getTextMatrix().getTranslateX(), t.getTextMatrix().getTranslateY()});
                }
            }
        };
        s.setStartPage(p);
        s.setEndPage(p);
        s.getText(doc);
        return out;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
