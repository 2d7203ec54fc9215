package io.github.wenshu.export.docx;

import io.github.wenshu.export.ExportException;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.ImageSource;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figures in the DOCX: pictures stored once, drawn at the PDF's size, caption below and kept with them. */
class DocxFiguresTest {

    private static final byte[] RED_DOT = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR42mM4wMAARAwQCgAYDgMBjBPGuAAAAABJRU5ErkJggg==");

    @Test
    void aPictureUsedTwiceIsStoredOnceAndEveryDrawingHasItsOwnId() throws Exception {
        Report report = Report.builder()
                .add(FigureDocs.chart(120.0, "图1 案件数量"))
                .add(Paragraph.of("正文。"))
                .add(new Figure(new ImageSource.Data(FigureDocs.chartBytes(), "same.png"), "图2 同一张图", 60.0))
                .add(new Figure(new ImageSource.Data(RED_DOT, "dot.png"), null, 10.0))
                .build();
        Exports.Result r = Exports.windowsNames(report);
        Map<String, byte[]> parts = DocxParts.read(r.bytes());
        List<String> media = parts.keySet().stream().filter(n -> n.startsWith("word/media/")).toList();
        assertEquals(List.of("word/media/image1.png", "word/media/image2.png"), media);
        assertArrayEquals(FigureDocs.chartBytes(), parts.get("word/media/image1.png"));
        assertArrayEquals(RED_DOT, parts.get("word/media/image2.png"));
        String rels = DocxParts.text(parts, "word/_rels/document.xml.rels");
        assertEquals(2, rels.split(Ns.REL_IMAGE, -1).length - 1, rels);
        assertTrue(DocxParts.text(parts, "[Content_Types].xml").contains("Extension=\"png\" ContentType=\"image/png\""));

        Document doc = FigureDocs.dom(parts, "word/document.xml");
        List<Element> blips = FigureDocs.elements(doc, Ns.A, "blip");
        assertEquals(List.of("rIdImage1", "rIdImage1", "rIdImage2"),
                blips.stream().map(b -> b.getAttributeNS(Ns.R, "embed")).toList());
        Set<String> ids = new HashSet<>();
        for (Element docPr : FigureDocs.elements(doc, Ns.WP, "docPr")) {
            assertTrue(ids.add(docPr.getAttribute("id")), "duplicate drawing id " + docPr.getAttribute("id"));
        }
        assertEquals(3, ids.size());
        assertEquals(List.of("图1 案件数量", "图2 同一张图", "dot.png"), FigureDocs.elements(doc, Ns.WP, "docPr")
                .stream().map(e -> e.getAttribute("descr")).toList());
        assertTrue(r.result().warnings().isEmpty(), r.result().warnings().toString());
        DocxSchemaTest.assertValid(parts);
    }

    @Test
    void theDrawingHasTheRequestedWidthAndThePicturesAspectRatio() throws Exception {
        Map<String, byte[]> parts = DocxParts.read(Exports.windowsNames(Report.builder()
                .add(FigureDocs.chart(120.0, "图1")).build()).bytes());
        double[] mm = FigureDocs.extentsMm(FigureDocs.dom(parts, "word/document.xml")).get(0);
        assertEquals(120, mm[0], 0.5);
        assertEquals(120.0 * 270 / 480, mm[1], 0.5);
        Element xfrmExt = FigureDocs.elements(FigureDocs.dom(parts, "word/document.xml"), Ns.A, "ext").get(0);
        assertEquals(Math.round(120 * FigureDocs.EMU_PER_MM), Long.parseLong(xfrmExt.getAttribute("cx")), 100);
    }

    @Test
    void withoutAWidthThePictureTakesItsNaturalSizeAt96Dpi() throws Exception {
        Map<String, byte[]> parts = DocxParts.read(Exports.windowsNames(Report.builder()
                .add(FigureDocs.chart(null, "图1")).build()).bytes());
        double[] mm = FigureDocs.extentsMm(FigureDocs.dom(parts, "word/document.xml")).get(0);
        assertEquals(480 * 25.4 / 96, mm[0], 0.5);
    }

    @Test
    void aPictureWiderThanTheTypeAreaIsScaledDownWithAWarning() throws Exception {
        Exports.Result r = Exports.windowsNames(Report.builder().add(FigureDocs.chart(200.0, "图1")).build());
        double[] mm = FigureDocs.extentsMm(FigureDocs.dom(DocxParts.read(r.bytes()), "word/document.xml")).get(0);
        assertEquals(156, mm[0], 0.5);
        assertEquals(156.0 * 270 / 480, mm[1], 0.5);
        assertTrue(r.result().warnings().stream().anyMatch(w -> w.code().equals("figure-scaled-down")
                && w.location().equals("body[0]")), r.result().warnings().toString());
    }

    @Test
    void theCaptionFollowsThePictureWhoseParagraphKeepsWithItAndIsNotClippedByTheGrid() throws Exception {
        Report report = Report.builder().add(Paragraph.of("前文。")).add(FigureDocs.chart(120.0, "图1 2024年案件数量"))
                .add(Paragraph.of("后文。")).build();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Exports.windowsNames(report).bytes()))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            int pic = 0;
            while (ps.get(pic).getRuns().stream().allMatch(run -> run.getEmbeddedPictures().isEmpty())) {
                pic++;
            }
            XWPFParagraph picture = ps.get(pic);
            assertEquals("", picture.getText());
            assertEquals("图1 2024年案件数量", ps.get(pic + 1).getText());
            assertEquals("后文。", ps.get(pic + 2).getText());
            assertEquals(StyleIds.CAPTION, ps.get(pic + 1).getStyle());
            var pPr = picture.getCTP().getPPr();
            assertTrue(pPr.isSetKeepNext(), "the picture keeps with its caption");
            assertEquals("auto", pPr.getSpacing().getLineRule().toString(), "not the exact grid spacing");
            assertEquals("center", pPr.getJc().getVal().toString());
            var captionKeep = ps.get(pic + 1).getCTP().getPPr().getKeepNext();
            assertTrue(Set.of("0", "false", "off").contains(captionKeep.xgetVal().getStringValue()),
                    "a figure caption does not keep with the text after");
            var data = picture.getRuns().get(0).getEmbeddedPictures().get(0).getPictureData();
            assertArrayEquals(FigureDocs.chartBytes(), data.getData());
        }
    }

    @Test
    void aPictureAfterAPageBreakStartsTheNewPage() throws Exception {
        Report report = Report.builder().add(Paragraph.of("正文。")).add(io.github.wenshu.model.PageBreak.INSTANCE)
                .add(FigureDocs.chart(120.0, "图1")).build();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Exports.windowsNames(report).bytes()))) {
            XWPFParagraph picture = doc.getParagraphs().get(1);
            assertEquals(1, picture.getRuns().get(0).getEmbeddedPictures().size());
            assertTrue(picture.getCTP().getPPr().isSetPageBreakBefore());
            assertFalse(doc.getParagraphs().get(2).getCTP().getPPr().isSetPageBreakBefore());
        }
    }

    @Test
    void aBadPictureIsAnErrorNamingTheBlock() throws Exception {
        Report missing = Report.builder().add(Paragraph.of("正文。"))
                .add(new Figure(new ImageSource.File(Path.of("no/such.png")), "图", null)).build();
        ExportException e = assertThrows(ExportException.class, () -> Exports.windowsNames(missing));
        assertEquals("body[1]", e.location());
        assertTrue(e.getMessage().contains("no/such.png"), e.getMessage());
        Report junk = Report.builder()
                .add(new Figure(new ImageSource.Data(new byte[] {1, 2, 3}, "junk.png"), null, null)).build();
        e = assertThrows(ExportException.class, () -> Exports.windowsNames(junk));
        assertTrue(e.getMessage().contains("body[0]") && e.getMessage().contains("junk.png"), e.getMessage());
        byte[] truncated = Arrays.copyOf(FigureDocs.chartBytes(), 12);
        Report cut = Report.builder().add(new Figure(new ImageSource.Data(truncated, "cut.png"), null, null)).build();
        e = assertThrows(ExportException.class, () -> Exports.windowsNames(cut));
        assertTrue(e.getMessage().contains("cut.png"), e.getMessage());
    }

    @Test
    void anSvgIsReferencedForWord2016WithAPngFallbackAndAWarning() throws Exception {
        byte[] svg = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100mm\" height=\"50mm\""
                + " viewBox=\"0 0 200 100\"><rect x=\"10\" y=\"10\" width=\"180\" height=\"80\" fill=\"#c00\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);
        Exports.Result r = Exports.windowsNames(Report.builder()
                .add(new Figure(new ImageSource.Data(svg, "box.svg"), "图1 方框", null)).build());
        Map<String, byte[]> parts = DocxParts.read(r.bytes());
        assertArrayEquals(svg, parts.get("word/media/image1.svg"));
        assertTrue(javax.imageio.ImageIO.read(new ByteArrayInputStream(parts.get("word/media/image2.png"))) != null);
        Document doc = FigureDocs.dom(parts, "word/document.xml");
        assertEquals("rIdImage2", FigureDocs.elements(doc, Ns.A, "blip").get(0).getAttributeNS(Ns.R, "embed"));
        assertEquals("rIdImage1", FigureDocs.elements(doc, Ns.ASVG, "svgBlip").get(0).getAttributeNS(Ns.R, "embed"));
        double[] mm = FigureDocs.extentsMm(doc).get(0);
        assertEquals(100, mm[0], 0.5);
        assertEquals(50, mm[1], 0.5);
        assertTrue(r.result().warnings().stream().anyMatch(w -> w.code().equals("figure-svg-fallback")),
                r.result().warnings().toString());
        assertTrue(DocxParts.text(parts, "[Content_Types].xml").contains("image/svg+xml"));
        DocxSchemaTest.assertValid(parts);
    }
}
