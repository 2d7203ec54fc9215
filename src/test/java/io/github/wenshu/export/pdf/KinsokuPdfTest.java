package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.CharClass;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.wenshu.export.pdf.PdfFixture.mm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Crafted line-breaking cases, each in its own paragraph, read back from the PDF. */
class KinsokuPdfTest {

    private static final String HAN = "落实第一议题学习制度通过召开党组会议党组理论学习中心组学习会等方式认真传达学习";
    private static final String CLOSING = "，。、；：？！）》”’」』】〉〕";
    private static final String OPENING = "（《“‘「『【〈〔";

    @Test
    void closingMarksAt29AndOpeningMarksAt28() throws Exception {
        Report.Builder b = Report.builder();
        for (char mark : CLOSING.toCharArray()) {
            b.add(Paragraph.of(HAN.substring(0, 26) + mark + HAN.substring(26, 39)));
        }
        for (char mark : OPENING.toCharArray()) {
            b.add(Paragraph.of(HAN.substring(0, 25) + mark + HAN.substring(25, 39)));
        }
        PdfFixture.Rendered r = PdfFixture.render(b.build());
        List<List<PdfLines.Line>> pages = PdfLines.read(r.pdf());
        int checked = 0;
        for (List<PdfLines.Line> page : pages) {
            for (PdfLines.Line line : page) {
                if (line.y() < mm(35)) {
                    continue;
                }
                String t = line.text();
                assertFalse(CharClass.isClosing(t.codePointAt(0)), "starts with a closing mark: " + t);
                assertFalse(CharClass.isOpening(t.codePointBefore(t.length())), "ends with an opening mark: " + t);
                if (line.left() > mm(line.page() % 2 == 1 ? 33 : 31)) {
                    float edge = mm(line.page() % 2 == 1 ? 184 : 182);
                    PdfLines.Glyph last = line.glyphs().get(line.glyphs().size() - 1);
                    assertTrue(last.x() + last.size() / 2 <= edge + mm(0.5), "ink past the edge: " + t);
                    assertTrue(last.right() >= edge - mm(0.5), "line not filled: " + t);
                    checked++;
                }
            }
        }
        assertEquals(CLOSING.length() + OPENING.length(), checked);
    }
}
