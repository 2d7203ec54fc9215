package io.github.wenshu.export.docx;

import io.github.wenshu.model.Block;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** POI opens the DOCX (checking content types and core properties) and reads back the input text. */
class DocxReadBackTest {

    @Test
    void theExampleReadsBackParagraphByParagraph() throws Exception {
        assumeTrue(SampleReport.available(), "example missing");
        Report report = SampleReport.load();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Exports.windowsNames(report).bytes()))) {
            List<String> actual = new ArrayList<>(doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertTrue(actual.get(0).contains("\n"), "the long title is set on two lines: " + actual.get(0));
            actual.set(0, actual.get(0).replace("\n", ""));
            assertEquals(expected(report), actual);
            assertEquals("Title", doc.getParagraphs().get(0).getStyle());
            assertEquals(SampleReport.TITLE, doc.getProperties().getCoreProperties().getTitle());
            assertEquals("深圳市宝安区司法局", doc.getProperties().getCoreProperties().getCreator());
            assertEquals(Exports.TIME, doc.getProperties().getCoreProperties().getCreated().toInstant());
        }
    }

    @Test
    void everyTextOfTheFeatureReportIsThere() throws Exception {
        Report report = FeatureReport.build();
        Exports.Result r = Exports.windowsNames(report);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.bytes()));
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            String text = ex.getText();
            for (String s : List.of("深圳市宝安区司法局文件", "深宝司〔2024〕12号", "关于法治政府建设\n情况的报告", "区委、区政府：",
                    "一、总体情况", "（一）主要举措", "1.完善审查机制。探索街道合法性审查。", "（1）具体做法",
                    "共办理2384件，同比增长m2H2O，详见网站。", "1.召开专题会议", "•会前调研", "2.印发工作方案",
                    "表1 收到申请情况", "自然人", "56", "当面", "网络", "合计", "68", "图1 案件数量", "三、下一步安排",
                    "四、其他", "制表符\t和换行\n之后。", "附件：1. 工作要点", "2. 统计表", "2024年12月19日",
                    "（联系人：张三堃）", "附件1", "2025年工作要点", "目标", "附件正文。", "抄送：区委办，区政府办。",
                    "深圳市宝安区司法局办公室\t2024年12月20日印发")) {
                assertTrue(text.contains(s), "missing: " + s + "\nin:\n" + text);
            }
            assertTrue(r.result().warnings().stream().noneMatch(w -> w.code().startsWith("figure")),
                    r.result().warnings().toString());
            assertEquals(1, doc.getAllPictures().size());
        }
    }

    @Test
    void inlineStylesAndHeadingStylesAreKept() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                Exports.windowsNames(FeatureReport.build()).bytes()))) {
            XWPFParagraph styled = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("共办理")).findFirst().orElseThrow();
            List<XWPFRun> runs = new ArrayList<>(styled.getRuns());
            assertTrue(runs.stream().anyMatch(run -> run.text().equals("2384") && run.isBold()));
            assertTrue(runs.stream().anyMatch(run -> run.text().equals("同比") && run.isItalic()));
            assertEquals(1, styled.getIRuns().stream().filter(r -> r instanceof org.apache.poi.xwpf.usermodel
                    .XWPFHyperlinkRun).count());
            assertEquals("Heading1", doc.getParagraphs().stream().filter(p -> p.getText().equals("一、总体情况"))
                    .findFirst().orElseThrow().getStyle());
            assertEquals("Heading3RunIn", doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("1.完善")).findFirst().orElseThrow().getStyle());
        }
    }

    @Test
    void headingsOfTheExampleAreNumberedByWordInTheHeadingStyles() throws Exception {
        assumeTrue(SampleReport.available(), "example missing");
        java.util.Map<String, byte[]> parts = DocxParts.read(Exports.windowsNames(SampleReport.load()).bytes());
        String numbering = DocxParts.text(parts, "word/numbering.xml");
        for (String level : List.of("chineseCounting\"/><w:pStyle w:val=\"Heading1\"/><w:suff w:val=\"nothing\"/>"
                + "<w:lvlText w:val=\"%1、\"/>", "<w:lvlText w:val=\"（%2）\"/>",
                "decimal\"/><w:pStyle w:val=\"Heading3\"/><w:suff w:val=\"nothing\"/><w:lvlText w:val=\"%3.\"/>",
                "<w:lvlText w:val=\"（%4）\"/>")) {
            assertTrue(numbering.contains(level), level + " in " + numbering);
        }
        String styles = DocxParts.text(parts, "word/styles.xml");
        assertTrue(styles.contains("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
                + "<w:outlineLvl w:val=\"0\"/>"), "heading 1 style carries the numbering");
    }

    @Test
    void withoutLoadableFontsTheWindowsNamesAreWrittenAndTheExportSaysSo() throws Exception {
        Exports.Result r = Exports.run(new DocxExporter(o -> {
            throw new IllegalStateException("bundled font X is not on the class path");
        }), FeatureReport.build(), Exports.options(true));
        assertTrue(r.result().warnings().stream().anyMatch(w -> w.code().equals("fonts-not-embedded")
                && w.message().contains("bundled font X")), r.result().warnings().toString());
        String fonts = DocxParts.text(DocxParts.read(r.bytes()), "word/fontTable.xml");
        for (String name : List.of("仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体")) {
            assertTrue(fonts.contains("w:name=\"" + name + "\""), name + " in " + fonts);
        }
    }

    @Test
    void aCharacterTheRoleFaceLacksIsDrawnByTheEmbeddedFallbackFace() throws Exception {
        assumeTrue(Exports.bundledFonts(), "bundled fonts missing");
        Exports.Result r = Exports.embedded(FeatureReport.build());
        assertTrue(r.result().warnings().stream().noneMatch(w -> w.code().equals("missing-glyph")),
                r.result().warnings().toString());
        java.util.Map<String, byte[]> parts = DocxParts.read(r.bytes());
        String body = DocxParts.text(parts, "word/document.xml");
        String fallback = "Noto Serif CJK SC [0-9A-F]{8}";
        assertTrue(body.matches("(?s).*<w:rFonts w:ascii=\"" + fallback + "\" w:hAnsi=\"" + fallback + "\" "
                + "w:eastAsia=\"" + fallback + "\" w:cs=\"" + fallback + "\"/></w:rPr><w:t>堃</w:t>.*"),
                "堃 in the fallback");
        String fonts = DocxParts.text(parts, "word/fontTable.xml");
        for (String family : List.of("FandolFang", "FandolHei", "Noto Serif CJK SC", "Noto Serif CJK SC Bold")) {
            assertTrue(fonts.matches("(?s).*<w:font w:name=\"" + family + " [0-9A-F]{8}\">.*?<w:embedRegular r:id=.*"),
                    family + " embedded under its subset's own name in " + fonts);
        }
    }

    @Test
    void headingsOutOfSequenceKeepTheirLiteralNumbers() throws Exception {
        java.util.Map<String, byte[]> parts = DocxParts.read(Exports.windowsNames(FeatureReport.build()).bytes());
        String body = DocxParts.text(parts, "word/document.xml");
        assertTrue(body.contains("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r>"
                + "<w:t>一、</w:t></w:r><w:r><w:t>总体情况"), "body headings: 一、 then 三、 is not Word's sequence");
        assertTrue(body.contains("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr><w:r>"
                + "<w:t>目标"), "the attachment's headings restart Word numbering");
    }

    /** Title (lines joined by a break), every block's text with its number, then the signature. */
    static List<String> expected(Report report) {
        List<String> out = new ArrayList<>();
        out.add(String.join("", report.metadata().titleLines()));
        for (Block b : report.body()) {
            if (b instanceof Heading h) {
                // Word numbers the headings (numbering.xml); POI's paragraph text leaves the label out.
                out.add(h.plainText() + io.github.wenshu.model.Inline.plainText(h.runIn()));
            } else if (b instanceof Paragraph p) {
                out.add(p.plainText());
            }
        }
        out.addAll(report.metadata().signatures());
        if (report.metadata().date() != null) {
            out.add(OfficialParts.date(report.metadata().date()));
        }
        return out;
    }
}
