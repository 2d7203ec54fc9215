package io.github.wenshu.export.pdf;

import io.github.wenshu.export.ImprintPlacement;
import io.github.wenshu.export.ImprintReports;
import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PdfExporter#paginate} against the PDF {@link PdfExporter#export} writes: the same number of pages, and
 * the 版记 where it says, on an even last page, numbered unless a blank page comes before it (GB/T 9704 §7.5).
 */
class PaginationTest {

    @Test
    void aRoomyEvenLastPageTakesTheImprintAtItsFootAndKeepsItsNumber() throws IOException {
        List<List<PdfLines.Line>> pages = check(ImprintReports.notice(), ImprintPlacement.SAME_PAGE);
        List<PdfLines.Line> last = pages.get(pages.size() - 1);
        assertTrue(last.stream().anyMatch(l -> l.text().contains("自查报告提纲")), "the body's last page");
        assertNumbered(pages, pages.size());
    }

    @Test
    void theImprintTakesTheLastTwoGridLinesOfAnEvenPageWithJustRoom() throws IOException {
        List<List<PdfLines.Line>> pages = check(ImprintReports.endingOnAnEvenPageWithJustRoom(),
                ImprintPlacement.SAME_PAGE);
        List<PdfLines.Line> last = pages.get(pages.size() - 1);
        assertTrue(last.stream().anyMatch(l -> l.text().equals("第13条补充说明。")), "the body's last line: " + last);
        assertNumbered(pages, pages.size());
    }

    @Test
    void anOddLastPageIsFollowedByANumberedImprintPage() throws IOException {
        List<List<PdfLines.Line>> pages = check(ImprintReports.endingOnAnOddPage(), ImprintPlacement.NEXT_PAGE);
        List<PdfLines.Line> last = pages.get(pages.size() - 1);
        assertTrue(last.stream().allMatch(l -> isImprintOrNumber(l.text())), "the 版记 alone: " + last);
        assertNumbered(pages, pages.size());
        assertNumbered(pages, pages.size() - 1);
    }

    @Test
    void aFullEvenLastPageIsFollowedByABlankPageAndTheImprintNeitherNumbered() throws IOException {
        List<List<PdfLines.Line>> pages = check(ImprintReports.endingOnAFullEvenPage(),
                ImprintPlacement.AFTER_BLANK_PAGE);
        assertTrue(pages.get(pages.size() - 2).isEmpty(), "blank page before the 版记");
        List<PdfLines.Line> last = pages.get(pages.size() - 1);
        assertTrue(last.stream().allMatch(l -> isImprintOrNumber(l.text()) && !l.text().contains("—")), "" + last);
        assertNumbered(pages, pages.size() - 2);
    }

    @Test
    void lettersAndReportsWithoutImprintHaveNoImprintPlacement() throws IOException {
        Report plain = Report.builder().add(Paragraph.of("正文。")).build();
        assertEquals(ImprintPlacement.NONE, PdfFixture.exporter().paginate(plain, PdfFixture.options()).imprint());
        Report letter = Report.builder().metadata(Metadata.builder().form(DocumentForm.LETTER).issuers("某局")
                .copyTo("某办").build()).add(Paragraph.of("正文。")).build();
        Pagination p = PdfFixture.exporter().paginate(letter, PdfFixture.options());
        assertEquals(ImprintPlacement.NONE, p.imprint());
        assertEquals(PdfFixture.render(letter).result().pages(), p.pages());
    }

    private static List<List<PdfLines.Line>> check(Report report, ImprintPlacement expected) throws IOException {
        Pagination p = PdfFixture.exporter().paginate(report, PdfFixture.options());
        assertEquals(expected, p.imprint());
        PdfFixture.Rendered rendered = PdfFixture.render(report);
        assertEquals(rendered.result().pages(), p.pages(), "paginate and export agree on the pages");
        List<List<PdfLines.Line>> pages = PdfLines.read(rendered.pdf());
        assertEquals(0, pages.size() % 2, "the 版记 page is even: " + pages.size() + " pages");
        List<PdfLines.Line> last = pages.get(pages.size() - 1);
        assertTrue(last.stream().anyMatch(l -> l.text().startsWith("抄送：")), "版记 on the last page");
        for (int i = 0; i < pages.size() - 1; i++) {
            assertFalse(pages.get(i).stream().anyMatch(l -> l.text().startsWith("抄送：")), "no 版记 on page " + (i + 1));
        }
        return pages;
    }

    private static void assertNumbered(List<List<PdfLines.Line>> pages, int number) {
        assertTrue(pages.get(number - 1).stream().anyMatch(l -> l.text().replace(" ", "").equals("—" + number + "—")),
                "page " + number + " shows its number");
    }

    private static boolean isImprintOrNumber(String text) {
        return text.startsWith("抄送：") || text.contains("印发") || text.contains("—");
    }
}
