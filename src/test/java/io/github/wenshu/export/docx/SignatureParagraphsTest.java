package io.github.wenshu.export.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The 署名 and 成文日期 paragraphs are anchored where GB/T 9704 measures them, so a renderer that sets the date
 * wider keeps the relation: with a seal both are centred in one box 右空四字; without, the 署名 is right-aligned
 * 右空二字 and the date left-aligned two characters right of the 署名's start.
 */
class SignatureParagraphsTest {

    private static final Pattern PARA = Pattern.compile(
            "<w:p><w:pPr><w:pStyle w:val=\"(Signature|DateLine)\"/>(.*?)</w:pPr>");

    private static String document(boolean sealed, String signature) throws Exception {
        Report r = Report.builder().metadata(Metadata.builder().signatures(java.util.List.of(signature))
                        .date(LocalDate.of(2024, 12, 19)).sealed(sealed).build())
                .add(Paragraph.of("正文。")).build();
        return DocxParts.text(DocxParts.read(Exports.windowsNames(r).bytes()), "word/document.xml");
    }

    @Test
    void withASealTheSignatureIsCentredOnTheDateFourCharactersFromTheRight() throws Exception {
        Matcher m = PARA.matcher(document(true, "深圳市宝安区司法局"));
        assertTrue(m.find());
        String sig = m.group(2);
        assertTrue(m.find());
        String date = m.group(2);
        assertTrue(sig.contains("w:jc w:val=\"center\"") && date.contains("w:jc w:val=\"center\""), sig + date);
        assertEquals(centre(date), centre(sig), 1, "one centre (twips)");
        assertEquals(4 * 316, right(date) + 316 / 2, 2,
                "右空四字 (4 × 316 twips) at the date's own edge, half a character inside its box: " + date);
        assertTrue(sig.contains("w:before=\"1158\""), "two blank lines above the 署名: " + sig);
    }

    @Test
    void withASealASignatureLongerThanTheDateKeepsTheCentreAndRoomForAllItsCharacters() throws Exception {
        Matcher m = PARA.matcher(document(true, "深圳市宝安区人民政府办公室"));
        assertTrue(m.find());
        String sig = m.group(2);
        assertTrue(m.find());
        String date = m.group(2);
        assertEquals(centre(date), centre(sig), 1, "one centre (twips)");
        assertTrue(boxWidth(sig) >= 13 * 316, "13 characters fit on one line: " + sig);
    }

    private static final int LINE = 28 * 316;

    private static int left(String pPr) {
        return Integer.parseInt(pPr.replaceAll(".*w:left=\"(\\d+)\".*", "$1"));
    }

    private static int right(String pPr) {
        return Integer.parseInt(pPr.replaceAll(".*w:right=\"(\\d+)\".*", "$1"));
    }

    private static int boxWidth(String pPr) {
        return LINE - left(pPr) - right(pPr);
    }

    private static double centre(String pPr) {
        return left(pPr) + boxWidth(pPr) / 2.0;
    }

    @Test
    void withoutASealTheDateStartsTwoCharactersRightOfTheSignatureStart() throws Exception {
        Matcher m = PARA.matcher(document(false, "深圳市宝安区司法局"));
        assertTrue(m.find());
        String sig = m.group(2);
        assertTrue(m.find());
        String date = m.group(2);
        assertTrue(sig.contains("w:right=\"632\"") && sig.contains("w:jc w:val=\"right\""), "右空二字: " + sig);
        assertTrue(date.contains("w:jc w:val=\"left\""), date);
        int left = Integer.parseInt(date.replaceAll(".*w:left=\"(\\d+)\".*", "$1"));
        assertEquals(28 * 316 - 9 * 316, left, 40, "date start = 署名 start + 2 字 (twips)");
        assertTrue(sig.contains("w:before=\"579\""), "one blank line above the 署名: " + sig);
    }
}
