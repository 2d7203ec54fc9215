package io.github.wenshu.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A full 公文 in CJK faces passes; each deliberate mistake fails with its own rule named. */
class OfficialDocumentTest {
    private static ConformanceReport check(OfficialPdf pdf) throws IOException {
        return new Checker().check(pdf.build(), "official.pdf");
    }

    private static void assertOnlyFails(ConformanceReport r, Rule rule, int page) {
        assertFalse(r.conforms(), ReportWriter.text(r));
        for (Finding f : r.errors()) {
            assertEquals(rule, f.rule(), ReportWriter.text(r));
            assertEquals(page, f.page(), ReportWriter.text(r));
        }
    }

    @Test
    void correctDocumentConformsOnEveryDeterminableRule() throws IOException {
        ConformanceReport r = check(new OfficialPdf());
        assertTrue(r.conforms(), ReportWriter.text(r));
        assertTrue(r.warnings().isEmpty(), ReportWriter.text(r));
        for (Rule rule : List.of(Rule.RED_MARK, Rule.RED_RULE, Rule.TITLE_SIZE, Rule.BODY_FONT, Rule.HEADING_FONT,
                Rule.CHARS_PER_LINE, Rule.KINSOKU, Rule.DATE_FORM, Rule.SIGNATURE_DATE, Rule.IMPRINT_EVEN_PAGE,
                Rule.IMPRINT_LINES, Rule.IMPRINT_SIZE, Rule.PAGE_NUMBER_SIDE, Rule.TYPE_AREA_TOP)) {
            assertEquals(Outcome.PASS, r.outcome(rule), rule.id() + "\n" + ReportWriter.text(r));
        }
    }

    @Test
    void lineStartingWithFullWidthCommaFailsKinsoku() throws IOException {
        ConformanceReport r = check(new OfficialPdf().lineStart("，"));
        assertOnlyFails(r, Rule.KINSOKU, 1);
        assertTrue(r.errors().get(0).measured().contains("starts with \"，\""), ReportWriter.text(r));
    }

    @Test
    void levelOneHeadingInFangSongFailsHeadingFont() throws IOException {
        ConformanceReport r = check(new OfficialPdf().level1Font(TestFonts.fang()));
        assertOnlyFails(r, Rule.HEADING_FONT, 1);
        assertTrue(r.errors().get(0).measured().contains("level-1 heading \"一、总体要求\""), ReportWriter.text(r));
    }

    @Test
    void blackMarkFailsRedMark() throws IOException {
        ConformanceReport r = check(new OfficialPdf().markColor(java.awt.Color.BLACK));
        assertOnlyFails(r, Rule.RED_MARK, 1);
        assertTrue(r.errors().get(0).measured().contains("某某市人民政府文件"), ReportWriter.text(r));
    }

    @Test
    void shortRedRuleFailsRedRule() throws IOException {
        assertOnlyFails(check(new OfficialPdf().ruleWidthMm(120)), Rule.RED_RULE, 1);
    }

    @Test
    void dateWithLeadingZerosFailsDateForm() throws IOException {
        assertOnlyFails(check(new OfficialPdf().date("2025年03月05日")), Rule.DATE_FORM, 2);
    }

    @Test
    void signatureTooFarLeftFailsSignatureDate() throws IOException {
        assertOnlyFails(check(new OfficialPdf().signatureRightChars(5)), Rule.SIGNATURE_DATE, 2);
    }

    @Test
    void imprintOnAnOddPageFailsImprintEvenPage() throws IOException {
        assertOnlyFails(check(new OfficialPdf().threePages()), Rule.IMPRINT_EVEN_PAGE, 3);
    }
}
