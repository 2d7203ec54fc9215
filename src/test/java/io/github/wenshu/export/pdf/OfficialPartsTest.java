package io.github.wenshu.export.pdf;

import io.github.wenshu.check.Checker;
import io.github.wenshu.check.ConformanceReport;
import io.github.wenshu.check.Outcome;
import io.github.wenshu.check.Rule;
import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.Readers;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static io.github.wenshu.export.pdf.PdfFixture.mm;
import static io.github.wenshu.export.pdf.PdfFixture.toMm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GB/T 9704 parts of a notice, measured in the PDF against the spec's numbers (± 0.5 mm). */
class OfficialPartsTest {

    private static final double CHAR_MM = 156.0 / 28;

    private static PdfLines.Line find(List<List<PdfLines.Line>> pages, String start) {
        for (List<PdfLines.Line> page : pages) {
            for (PdfLines.Line l : page) {
                if (l.text().replace(" ", "").startsWith(start)) {
                    return l;
                }
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    private static double edgeMm(PdfLines.Line l) {
        return l.page() % 2 == 1 ? 184 : 182;
    }

    private static double leftMm(PdfLines.Line l) {
        return l.page() % 2 == 1 ? 28 : 26;
    }

    private static Report notice(boolean sealed) throws Exception {
        Report r = Readers.read(Path.of("examples/notice.json"));
        return new Report(r.metadata().toBuilder().sealed(sealed).build(), r.body(), r.attachments());
    }

    @Test
    void noticeWithSealPassesTheCheckerAndTheSpecNumbers() throws Exception {
        PdfFixture.Rendered r = PdfFixture.render(notice(true));
        ConformanceReport report = new Checker().check(r.pdf(), "notice.pdf");
        for (Rule rule : List.of(Rule.RED_MARK, Rule.RED_RULE, Rule.DATE_FORM, Rule.SIGNATURE_DATE,
                Rule.IMPRINT_EVEN_PAGE, Rule.IMPRINT_LINES, Rule.IMPRINT_SIZE, Rule.KINSOKU, Rule.TITLE_SIZE)) {
            assertEquals(Outcome.PASS, report.outcome(rule), rule + ": " + report.findings(rule));
        }
        List<List<PdfLines.Line>> pages = PdfLines.read(r.pdf());
        PdfLines.Line mark = pages.get(0).get(0);
        float size = mark.glyphs().get(0).size();
        assertEquals(37 + 35, 297 - toMm(mark.y() + 0.88f * size), 0.5, "mark top");
        assertEquals(28 + 78, toMm((mark.left() + mark.right()) / 2), 0.5, "mark centre");

        PdfLines.Line date = find(pages, "2024年12月20日");
        PdfLines.Line signature = pages.get(date.page() - 1).get(pages.get(date.page() - 1).indexOf(date) - 1);
        assertEquals(edgeMm(date) - 4 * CHAR_MM, toMm(date.right()), 0.5, "date right-indented four characters");
        assertEquals(toMm((date.left() + date.right()) / 2), toMm((signature.left() + signature.right()) / 2), 0.5,
                "署名 centred on the date");
        PdfLines.Line note = find(pages, "（联系人");
        assertEquals(date.y() - PdfFixture.PITCH, note.y(), 0.5f, "附注 on the line below the date");
        assertEquals(leftMm(note) + 2 * CHAR_MM, toMm(note.left()), 0.5);

        PdfLines.Line notes = find(pages, "附件：1.");
        PdfLines.Line second = find(pages, "2.自查报告提纲");
        assertEquals(leftMm(notes) + 2 * CHAR_MM, toMm(notes.left()), 0.5);
        assertEquals(toMm(notes.glyphs().get(3).x()), toMm(second.left()), 0.5, "later items under \"1.\"");

        PdfLines.Line label = find(pages, "附件1");
        assertEquals(PdfFixture.FIRST_BASELINE, label.y(), 0.5f, "附件 label on line 1");
        assertEquals(leftMm(label), toMm(label.left()), 0.5);
        PdfLines.Line attachmentTitle = pages.get(label.page() - 1).get(1);
        assertEquals(22f, attachmentTitle.glyphs().get(0).size(), 0.01f);
        assertEquals(PdfFixture.FIRST_BASELINE - 2 * PdfFixture.PITCH, attachmentTitle.y(), 3f, "title on line 3");

        PdfLines.Line printed = find(pages, "深圳市宝安区司法局办公室");
        assertEquals(pages.size(), printed.page(), "版记 on the last page");
        assertEquals(0, printed.page() % 2, "an even page");
        assertEquals(PdfFixture.FIRST_BASELINE - 21 * PdfFixture.PITCH, printed.y(), 3f, "on the last grid line");
    }

    @Test
    void withoutSealTheDateStartsTwoCharactersRightOfTheSignature() throws Exception {
        List<List<PdfLines.Line>> pages = PdfLines.read(PdfFixture.render(notice(false)).pdf());
        PdfLines.Line date = find(pages, "2024年12月20日");
        PdfLines.Line signature = pages.get(date.page() - 1).get(pages.get(date.page() - 1).indexOf(date) - 1);
        assertEquals(edgeMm(signature) - 2 * CHAR_MM, toMm(signature.right()), 0.5, "署名 right-indented two");
        assertEquals(toMm(signature.left()) + 2 * CHAR_MM, toMm(date.left()), 0.5, "date two right of 署名");
    }

    @Test
    void aLongDateMovesTheSignatureLeft() throws Exception {
        Report r = Report.builder().metadata(Metadata.builder().signatures("司法局").date(LocalDate.of(2024, 12, 20))
                .build()).add(Paragraph.of("正文。")).build();
        List<List<PdfLines.Line>> pages = PdfLines.read(PdfFixture.render(r).pdf());
        PdfLines.Line date = find(pages, "2024年12月20日");
        PdfLines.Line signature = find(pages, "司法局");
        assertEquals(edgeMm(date) - 2 * CHAR_MM, toMm(date.right()), 0.5, "date right-indented two");
        assertEquals(toMm(signature.left()) + 2 * CHAR_MM, toMm(date.left()), 0.5, "date two right of 署名");
    }

    @Test
    void aFullEvenLastPageGetsABlankPageAndAnUnnumberedImprintPage() throws Exception {
        Report.Builder b = Report.builder().metadata(Metadata.builder().copyTo("区委政法委").printer("某某办公室")
                .printDate(LocalDate.of(2024, 12, 20)).build());
        for (int i = 0; i < 44; i++) {
            b.add(Paragraph.of("第" + (i + 1) + "行。"));
        }
        PdfFixture.Rendered r = PdfFixture.render(b.build());
        List<List<PdfLines.Line>> pages = PdfLines.read(r.pdf());
        assertEquals(4, pages.size());
        assertTrue(pages.get(2).isEmpty(), "page 3 is blank and unnumbered");
        assertTrue(pages.get(3).stream().noneMatch(l -> l.text().contains("—")), "版记 page unnumbered");
        assertNotNull(find(pages, "抄送：区委政法委。"));
        assertTrue(pages.get(1).stream().anyMatch(l -> l.text().replace(" ", "").equals("—2—")));
    }

    @Test
    void letterFormMarkDoubleLinesAndUnnumberedFirstPage() throws Exception {
        Report r = Report.builder().metadata(Metadata.builder().form(DocumentForm.LETTER)
                .issuers("深圳市宝安区司法局").docNumber("深宝司函〔2024〕3号").title("关于商请协助的函").build())
                .add(Paragraph.of("正文。")).build();
        PdfFixture.Rendered rendered = PdfFixture.render(r);
        List<List<PdfLines.Line>> pages = PdfLines.read(rendered.pdf());
        PdfLines.Line mark = pages.get(0).get(0);
        assertEquals(30, 297 - toMm(mark.y() + 0.88f * mark.glyphs().get(0).size()), 0.5, "mark 30 mm from the top");
        assertEquals(105, toMm((mark.left() + mark.right()) / 2), 0.5, "centred on the page");
        PdfLines.Line number = find(pages, "深宝司函");
        assertEquals(184, toMm(number.right()), 0.5, "发文字号 flush right");
        assertTrue(pages.get(0).stream().noneMatch(l -> l.text().contains("—")), "page 1 unnumbered");
        ConformanceReport report = new Checker().check(rendered.pdf(), "letter.pdf");
        assertEquals(Outcome.PASS, report.outcome(Rule.RED_RULE), () -> report.findings(Rule.RED_RULE).toString());
    }

    @Test
    void minutesSetTheMarkAndAttendanceWithLabels() throws Exception {
        Report r = Report.builder().metadata(Metadata.builder().form(DocumentForm.MINUTES)
                .issuers("区司法局局长办公会议").title("局长办公会议纪要").attend("出席", "张三", "李四")
                .attend("列席", "王五").build()).add(Paragraph.of("会议研究了有关事项。")).build();
        List<List<PdfLines.Line>> pages = PdfLines.read(PdfFixture.render(r).pdf());
        assertEquals("区司法局局长办公会议纪要", pages.get(0).get(0).text());
        PdfLines.Line present = find(pages, "出席：");
        String hei = PdfFixture.faces().chain(io.github.wenshu.style.FontRole.HEITI).get(0)
                .baseFont().getPostscriptFontName();
        assertTrue(present.glyphs().get(0).font().contains(hei), present.glyphs().get(0).font());
        assertEquals(leftMm(present) + 2 * CHAR_MM, toMm(present.left()), 0.5);
        assertEquals("列席：王五", find(pages, "列席").text());
    }
}
