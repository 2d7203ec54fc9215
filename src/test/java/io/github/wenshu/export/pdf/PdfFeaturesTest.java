package io.github.wenshu.export.pdf;

import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.Warning;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.ImageSource;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.InlineStyle;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.model.Table;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfFeaturesTest {

    private static Report small() {
        return Report.builder()
                .metadata(Metadata.builder().title("关于开展安全检查的通知").issuers("深圳市宝安区司法局")
                        .docNumber("深宝司〔2024〕1号").build())
                .add(Heading.of(1, null, "总体情况"))
                .add(Heading.of(2, null, "工作进展"))
                .add(Paragraph.of("全年共办理法律援助案件13087宗。"))
                .add(Heading.of(2, null, "存在问题"))
                .add(Heading.of(1, null, "下一步安排"))
                .add(new Paragraph(List.of(Inline.plain("详见"), Inline.link("网站", "https://www.baoan.gov.cn/"),
                        Inline.of("重点", InlineStyle.BOLD), Inline.of("说明", InlineStyle.ITALIC),
                        Inline.of("下划", InlineStyle.UNDERLINE), Inline.plain("m"),
                        Inline.of("2", InlineStyle.SUPERSCRIPT), Inline.plain("。"))))
                .build();
    }

    @Test
    void sameInputAndTimestampGiveTheSameBytes() {
        byte[] a = PdfFixture.render(small()).pdf();
        byte[] b = PdfFixture.render(small()).pdf();
        assertArrayEquals(a, b);
        byte[] c = PdfFixture.render(small(), PdfFixture.options().withTimestamp(Instant.parse("2025-01-01T00:00:00Z")))
                .pdf();
        assertFalse(java.util.Arrays.equals(a, c), "the timestamp is written into the file");
    }

    @Test
    void documentInformationLanguageAndOutline() throws Exception {
        try (PDDocument doc = Loader.loadPDF(PdfFixture.render(small()).pdf())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertEquals("关于开展安全检查的通知", info.getTitle());
            assertEquals("深圳市宝安区司法局", info.getAuthor());
            assertEquals("深宝司〔2024〕1号", info.getSubject());
            assertTrue(info.getKeywords().contains("深圳市宝安区司法局"));
            assertEquals(PdfFixture.TIME.toEpochMilli(), info.getCreationDate().getTimeInMillis());
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem top : doc.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(top.getTitle());
                for (PDOutlineItem child : top.children()) {
                    outline.add("  " + child.getTitle());
                }
            }
            assertEquals(List.of("一、总体情况", "  （一）工作进展", "  （二）存在问题", "二、下一步安排"), outline);
        }
    }

    @Test
    void inlineEmphasisAndLinksKeepTheirText() throws Exception {
        try (PDDocument doc = Loader.loadPDF(PdfFixture.render(small()).pdf())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertTrue(text.contains("详见网站重点说明下划m2。"), text);
            List<String> uris = new ArrayList<>();
            for (var annotation : doc.getPage(0).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
            assertEquals(List.of("https://www.baoan.gov.cn/"), uris);
        }
    }

    @Test
    void missingCharactersAreDrawnVisiblyAndReported() throws Exception {
        Report report = Report.builder().add(Paragraph.of("私用区字符\uE000在此。")).build();
        PdfFixture.Rendered r = PdfFixture.render(report);
        Warning missing = r.result().warnings().get(0);
        assertEquals("missing-glyph", missing.code());
        assertEquals("body[0]", missing.location());
        assertTrue(missing.message().contains("U+E000"), missing.message());
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertTrue(text.contains("私用区字符□在此。"), text);
        }
    }

    @Test
    void tableCellsAndHeaderAreSetOnceEachAndTheHeaderRepeats() throws Exception {
        Table.Builder t = Table.builder().caption("表1 收到申请情况").header("项目", "数量");
        for (int i = 1; i <= 60; i++) {
            t.row("申请人" + i, String.valueOf(1000 + i));
        }
        Report report = Report.builder().add(t.build()).build();
        PdfFixture.Rendered r = PdfFixture.render(report);
        assertTrue(r.result().warnings().isEmpty(), r.result().warnings()::toString);
        List<List<PdfLines.Line>> pages = PdfLines.read(r.pdf());
        assertTrue(pages.size() >= 2, "the table continues on a second page");
        for (List<PdfLines.Line> page : pages) {
            assertTrue(page.stream().anyMatch(l -> l.text().replace(" ", "").contains("项目数量")),
                    "header on page " + page.get(0).page());
        }
        String all = pages.stream().flatMap(List::stream).map(PdfLines.Line::text)
                .reduce("", String::concat).replace(" ", "");
        for (int i = 1; i <= 60; i++) {
            String row = "申请人" + i + (1000 + i);
            assertEquals(1, all.split(row, -1).length - 1, "row " + row + " exactly once");
        }
    }

    @Test
    void aMissingImageIsAClearErrorNamingTheBlock() {
        Report report = Report.builder().add(Paragraph.of("前文。"))
                .add(new Figure(new ImageSource.File(Path.of("no-such-chart.png")), "图1 案件数量", null)).build();
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.github.wenshu.export.ExportException.class,
                () -> PdfFixture.exporter().export(report, PdfFixture.options(), new java.io.ByteArrayOutputStream()));
        assertEquals("body[1]", e.location());
        assertTrue(e.getMessage().contains("no-such-chart.png"), e.getMessage());
    }

    @Test
    void aFigureIsDrawnAtTheRequestedWidthWithItsCaption() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        ImageSource data = new ImageSource.Data(png.toByteArray(), "chart.png");
        Report report = Report.builder().add(new Figure(data, "图1 案件数量", 100.0))
                .add(new Figure(data, "图2 同一图片", 50.0)).build();
        byte[] pdf = PdfFixture.render(report).pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int images = 0;
            for (var name : doc.getPage(0).getResources().getXObjectNames()) {
                images++;
            }
            assertEquals(1, images, "the picture used twice is embedded once");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertTrue(text.contains("图1案件数量") && text.contains("图2同一图片"), text);
        }
    }

    @Test
    void fontsAreEmbeddedSubsets() throws Exception {
        try (PDDocument doc = Loader.loadPDF(PdfFixture.render(small()).pdf())) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                var font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName());
            }
        }
    }

    @Test
    void exporterIsAStatelessSharedInstance() throws Exception {
        PdfExporter exporter = PdfFixture.exporter();
        ExportOptions options = PdfFixture.options();
        byte[] expected = PdfFixture.render(small()).pdf();
        List<Thread> threads = new ArrayList<>();
        List<byte[]> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                try {
                    var out = new java.io.ByteArrayOutputStream();
                    exporter.export(small(), options, out);
                    results.add(out.toByteArray());
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(4, results.size());
        results.forEach(b -> assertArrayEquals(expected, b));
    }
}
