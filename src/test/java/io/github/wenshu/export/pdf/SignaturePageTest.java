package io.github.wenshu.export.pdf;

import io.github.wenshu.check.Checker;
import io.github.wenshu.check.ConformanceReport;
import io.github.wenshu.model.Block;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.Readers;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 署名 and 成文日期 never open a page (GB/T 9704 §7.3.5.1: the seal within a line of the text; §7.3.5.5): when
 * they do not fit below the body, its last two lines go with them. Tried for every length of the notice's body
 * that moves the block across the end of page 2: the 署名's page starts with body text, every body line is set
 * exactly once, and the checker finds no error.
 */
class SignaturePageTest {

    @Test
    void theSignatureNeverOpensAPage() throws Exception {
        Report notice = Readers.read(Path.of("examples/notice.json"));
        String signature = notice.metadata().signatures().get(0);
        int moved = 0;
        for (int extra = 0; extra <= 22; extra++) {
            List<Block> body = new ArrayList<>(notice.body());
            for (int i = 0; i < extra; i++) {
                body.add(Paragraph.of("补充第" + i + "项工作要求。"));
            }
            Report r = new Report(notice.metadata().toBuilder().attachmentNotes(List.of()).build(), body, List.of());
            PdfFixture.Rendered rendered = PdfFixture.render(r);
            List<List<PdfLines.Line>> pages = PdfLines.read(rendered.pdf());
            for (int p = 0; p < pages.size(); p++) {
                List<PdfLines.Line> lines = pages.get(p);
                int at = indexOf(lines, signature);
                if (at >= 0) {
                    assertTrue(at > 0 && !lines.get(0).text().isBlank(), "extra " + extra + ": the 署名 opens page "
                            + (p + 1));
                    moved += p > 1 ? 1 : 0;
                }
            }
            for (int i = 0; i < extra; i++) {
                String text = "补充第" + i + "项工作要求。";
                long count = pages.stream().flatMap(List::stream).filter(l -> l.text().equals(text)).count();
                assertEquals(1, count, "extra " + extra + ": " + text + " set once");
            }
            ConformanceReport check = new Checker().check(rendered.pdf(), "notice-" + extra + ".pdf");
            assertTrue(check.errors().isEmpty(), "extra " + extra + ": " + check.errors());
        }
        assertTrue(moved > 0, "some lengths move the 署名 to page 3");
    }

    private static int indexOf(List<PdfLines.Line> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().replace(" ", "").equals(text)) {
                return i;
            }
        }
        return -1;
    }
}
