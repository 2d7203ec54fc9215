package io.github.wenshu.check;

import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.Exporters;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.Readers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The 信函格式 and 纪要格式 examples measured against GB/T 9704 §10.1 and §10.3 (± 0.5 mm in our PDF, ± 1 mm in
 * LibreOffice's rendering of our DOCX where the DOCX can express the part).
 */
class SpecialFormsTest {

    private static final float MM = 72 / 25.4f;
    private static final float EM_ASCENT = 0.88f;

    static DocumentLayout layout(String example, String format) throws IOException {
        Report report = Readers.read(Path.of("examples", example));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporters.find(format).orElseThrow().export(report, ExportOptions.defaults(), out);
        return read(out.toByteArray());
    }

    static DocumentLayout read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return PdfLayoutReader.read(doc);
        }
    }

    private static double mm(float pt) {
        return pt / MM;
    }

    static TextLine line(PageLayout page, String start) {
        return page.lines().stream().filter(l -> l.compact().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("page " + page.number() + ": no line starts with " + start));
    }

    private static boolean numbered(PageLayout page) {
        return page.lines().stream().anyMatch(l -> l.compact().matches("—\\d+—"));
    }

    @Test
    void letterMarkAt30mmDoubleRulesOf170mmAndAnUnnumberedFirstPage() throws IOException {
        letter(layout("letter.json", "pdf"), 0.5);
    }

    @Test
    void libreOfficeRenderingOfTheLetterDocxKeepsTheLetterHead() throws Exception {
        letter(libreOffice("letter.json"), 1.0);
    }

    private static void letter(DocumentLayout doc, double tolerance) {
        PageLayout first = doc.pages().get(0);
        TextLine mark = line(first, "深圳市宝安区人民政府办公室");
        float size = mark.visible().get(0).size();
        assertEquals(30, mm(mark.baseline() - EM_ASCENT * size), tolerance, "mark top 30 mm from the page top");
        assertEquals(105, mm((mark.left() + mark.right()) / 2), tolerance, "mark centred on the page");
        List<Shape> red = first.shapes().stream().filter(s -> s.rgb() != -1 && s.rgb() != 0)
                .sorted(Comparator.comparingDouble(Shape::y)).toList();
        assertEquals(4, red.size(), red::toString);
        for (Shape s : red) {
            assertEquals(170, mm(s.width()), tolerance, "double rule 170 mm long");
            assertEquals(105, mm((s.left() + s.right()) / 2), tolerance, "double rule centred");
        }
        float markBottom = mark.baseline() + (1 - EM_ASCENT) * size;
        assertEquals(4, mm(red.get(0).y() - markBottom), tolerance, "upper double rule 4 mm below the mark");
        assertTrue(red.get(0).thickness() > red.get(1).thickness(), "upper pair: thick over thin");
        assertEquals(277, mm(red.get(3).y()), tolerance, "lower double rule 20 mm above the page bottom");
        assertTrue(red.get(2).thickness() < red.get(3).thickness(), "lower pair: thin over thick");
        assertTrue(red.get(1).y() < red.get(2).y() && mm(red.get(1).y()) < 60, "one pair at the top, one at foot");

        TextLine number = line(first, "深宝府办函");
        assertEquals(184, mm(number.right()), tolerance, "发文字号 flush right with the 版心");
        float lowerEdge = red.get(1).y() + red.get(1).thickness() / 2;
        float numberTop = number.baseline() - EM_ASCENT * 16;
        assertEquals(7.0 / 8 * 16 / MM, mm(numberTop - lowerEdge), tolerance, "7/8 of a 3号 character under the rule");

        TextLine title = line(first, "关于商请协助开展");
        assertEquals(106, mm((title.left() + title.right()) / 2), tolerance, "title centred in the 版心");
        double gap = mm(title.baseline() - EM_ASCENT * 22) - mm(number.baseline() + (1 - EM_ASCENT) * 16);
        double pitch = 225.0 / 22;
        assertTrue(gap >= 2 * pitch && gap <= 3.2 * pitch, "title two lines below the 发文字号: " + gap + " mm");
        assertFalse(numbered(first), "page 1 unnumbered");
        assertTrue(numbered(doc.pages().get(1)), "page 2 numbered");
        assertTrue(doc.pages().get(1).lines().stream().anyMatch(l -> l.compact().equals("—2—")));
    }

    @Test
    void aLettersImprintIsOnlyTheCopyToLinesAtTheFootOfTheLastTypeAreaWithoutRules() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var result = Exporters.find("pdf").orElseThrow().export(letterWithImprint(), ExportOptions.defaults(), out);
        assertTrue(result.warnings().stream().anyMatch(w -> w.location().equals("metadata.printer")
                && w.message().contains("印发")), result.warnings()::toString);
        letterImprint(read(out.toByteArray()), 0.5);
    }

    @Test
    void libreOfficeRenderingOfALettersImprint() throws Exception {
        assumeTrue(LibreOfficeRender.available(), "LibreOffice (soffice) is not installed");
        Path dir = Files.createTempDirectory("wenshu-forms-");
        try {
            Path docx = dir.resolve("letter-imprint.docx");
            try (var out = Files.newOutputStream(docx)) {
                var result = Exporters.find("docx").orElseThrow().export(letterWithImprint(), ExportOptions.defaults(),
                        out);
                assertTrue(result.warnings().stream().anyMatch(w -> w.location().equals("metadata.printer")));
            }
            LibreOfficeRender.toPdf(List.of(docx), dir);
            letterImprint(read(Files.readAllBytes(dir.resolve("letter-imprint.pdf"))), 1.0);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static Report letterWithImprint() throws IOException {
        Report example = Readers.read(Path.of("examples", "letter.json"));
        return new Report(example.metadata().toBuilder().copyTo(List.of("市司法局行政执法协调监督处"))
                .printer("深圳市宝安区人民政府办公室").printDate(java.time.LocalDate.of(2024, 12, 26)).build(),
                example.body(), List.of());
    }

    /** 抄送 on the last grid line of the last 版心 (its em box centred on the line), no rules, no 印发 line. */
    private static void letterImprint(DocumentLayout doc, double tolerance) {
        assertEquals(2, doc.pages().size(), "the 版记 takes no page of its own");
        PageLayout last = doc.pages().get(doc.pages().size() - 1);
        TextLine copy = line(last, "抄送：");
        double emMiddle = mm(copy.baseline() - (EM_ASCENT - 0.5f) * copy.size());
        assertEquals(37 + 225 - 225.0 / 22 / 2, emMiddle, tolerance, "抄送 on the last grid line of the 版心");
        assertTrue(last.shapes().isEmpty(), "no 版记 rules: " + last.shapes());
        assertTrue(doc.pages().stream().flatMap(p -> p.lines().stream()).noneMatch(l -> l.compact().contains("印发")));
    }

    @Test
    void minutesAttendanceLabelsInHeitiNamesWrappedAfterTheLabel() throws IOException {
        attendance(layout("minutes.json", "pdf"), 0.5);
    }

    @Test
    void libreOfficeRenderingOfTheMinutesDocxKeepsTheAttendanceLayout() throws Exception {
        attendance(libreOffice("minutes.json"), 1.0);
    }

    /** Our DOCX of the example as LibreOffice renders it (skipped without soffice). */
    private static DocumentLayout libreOffice(String example) throws Exception {
        assumeTrue(LibreOfficeRender.available(), "LibreOffice (soffice) is not installed");
        Path dir = Files.createTempDirectory("wenshu-forms-");
        try {
            Report report = Readers.read(Path.of("examples", example));
            String base = example.substring(0, example.lastIndexOf('.'));
            Path docx = dir.resolve(base + ".docx");
            try (var out = Files.newOutputStream(docx)) {
                Exporters.find("docx").orElseThrow().export(report, ExportOptions.defaults(), out);
            }
            LibreOfficeRender.toPdf(List.of(docx), dir);
            return read(Files.readAllBytes(dir.resolve(base + ".pdf")));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void attendance(DocumentLayout doc, double tolerance) {
        PageLayout page = doc.pages().stream().filter(p -> p.lines().stream()
                .anyMatch(l -> l.compact().startsWith("出席："))).findFirst().orElseThrow();
        TextLine present = line(page, "出席：");
        TextLine heading = doc.pages().stream().flatMap(p -> p.lines().stream())
                .filter(l -> l.compact().startsWith("一、")).findFirst().orElseThrow();
        String hei = heading.visible().get(0).font();
        List<Glyph> glyphs = present.visible();
        for (int i = 0; i < 3; i++) {
            assertEquals(hei, glyphs.get(i).font(), "label \"" + glyphs.get(i).text() + "\" in 黑体");
        }
        assertNotEquals(hei, glyphs.get(3).font(), "names not in 黑体");
        double left = mm(present.left()) - (page.isOdd() ? 28 : 26);
        assertEquals(2 * 156.0 / 28, left, tolerance, "左空二字");
        int at = page.lines().indexOf(present);
        TextLine wrapped = page.lines().get(at + 1);
        assertTrue(wrapped.compact().startsWith("郑国强"), wrapped.compact());
        assertEquals(mm(glyphs.get(3).x()), mm(wrapped.left()), tolerance, "wrapped names aligned after the label");
        TextLine absent = line(page, "请假：");
        assertEquals(mm(present.left()), mm(absent.left()), tolerance);
        assertEquals(hei, absent.visible().get(0).font());
        TextLine attending = line(page, "列席：");
        TextLine next = page.lines().get(page.lines().indexOf(attending) + 1);
        assertEquals(mm(attending.visible().get(3).x()), mm(next.left()), tolerance, "列席 names aligned");
    }
}
