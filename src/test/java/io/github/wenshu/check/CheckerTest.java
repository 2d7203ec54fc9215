package io.github.wenshu.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckerTest {
    private static ConformanceReport check(GridPdf pdf) throws IOException {
        return new Checker().check(pdf.build(), "test.pdf");
    }

    private static void assertFails(ConformanceReport r, Rule rule, int page) {
        List<Finding> f = r.findings(rule);
        assertFalse(f.isEmpty(), rule.id() + " should fail:\n" + ReportWriter.text(r));
        assertTrue(f.stream().anyMatch(x -> x.page() == page && x.severity() == Severity.ERROR),
                rule.id() + " should fail on page " + page + ":\n" + ReportWriter.text(r));
        assertFalse(r.conforms());
    }

    @Test
    void correctGridPagePairConforms() throws IOException {
        ConformanceReport r = check(new GridPdf());
        assertTrue(r.conforms(), ReportWriter.text(r));
        for (Rule rule : List.of(Rule.PAPER_SIZE, Rule.TYPE_AREA_LEFT, Rule.TYPE_AREA_WIDTH, Rule.TYPE_AREA_TOP,
                Rule.TYPE_AREA_BOTTOM, Rule.LINES_PER_PAGE, Rule.LINE_PITCH, Rule.BODY_SIZE, Rule.KINSOKU,
                Rule.FONT_EMBEDDED, Rule.PAGE_NUMBER_FORM, Rule.PAGE_NUMBER_SIZE, Rule.PAGE_NUMBER_POSITION,
                Rule.PAGE_NUMBER_SIDE, Rule.PAGE_NUMBER_SEQUENCE)) {
            assertEquals(Outcome.PASS, r.outcome(rule), rule.id() + "\n" + ReportWriter.text(r));
        }
        assertEquals(Outcome.NOT_APPLICABLE, r.outcome(Rule.RED_MARK));
        assertEquals(Outcome.NOT_APPLICABLE, r.outcome(Rule.IMPRINT_EVEN_PAGE));
    }

    @Test
    void wrongLeftMarginFailsTypeAreaLeft() throws IOException {
        ConformanceReport r = check(new GridPdf().leftMm(33));
        assertFails(r, Rule.TYPE_AREA_LEFT, 1);
        assertTrue(r.findings(Rule.TYPE_AREA_LEFT).get(0).measured().contains("33.0 mm"));
    }

    @Test
    void twentyThreeLinesFailLinesPerPage() throws IOException {
        ConformanceReport r = check(new GridPdf().lines(23).pages(3));
        assertFails(r, Rule.LINES_PER_PAGE, 1);
        assertTrue(r.findings(Rule.LINES_PER_PAGE).get(0).measured().startsWith("23 lines"));
        assertFails(r, Rule.LINE_PITCH, 1);
    }

    @Test
    void lineStartingWithCommaFailsKinsoku() throws IOException {
        ConformanceReport r = check(new GridPdf().text((p, l) -> l == 3 && p == 1 ? ",BCDEFG" : GridPdf.paragraphs(p, l)));
        assertFails(r, Rule.KINSOKU, 1);
        assertEquals(1, r.errors().size(), ReportWriter.text(r));
    }

    @Test
    void unembeddedFontFailsEmbedding() throws IOException {
        ConformanceReport r = check(new GridPdf().font(GridPdf.helvetica()));
        assertFails(r, Rule.FONT_EMBEDDED, 1);
        assertTrue(r.findings(Rule.FONT_EMBEDDED).get(0).measured().contains("Helvetica"));
    }

    @Test
    void pageNumberOnWrongSideFailsPageNumberSide() throws IOException {
        ConformanceReport r = check(new GridPdf().numberOnWrongSide());
        assertFails(r, Rule.PAGE_NUMBER_SIDE, 1);
        assertFails(r, Rule.PAGE_NUMBER_SIDE, 2);
    }

    @Test
    void hyphenPageNumberFailsPageNumberForm() throws IOException {
        ConformanceReport r = check(new GridPdf().numberForm("- %d -"));
        assertFails(r, Rule.PAGE_NUMBER_FORM, 1);
    }
}
