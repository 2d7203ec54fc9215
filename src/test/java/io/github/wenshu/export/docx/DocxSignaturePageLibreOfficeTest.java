package io.github.wenshu.export.docx;

import io.github.wenshu.model.Block;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.Readers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In LibreOffice's rendering of our DOCX, too, the 署名 never opens a page (GB/T 9704 §7.3.5): the body's last
 * paragraphs keep with it, so a 署名 that must go to the next page takes body lines along. Tried for every
 * length of the notice's body that moves the block across the end of page 2 in LibreOffice.
 */
class DocxSignaturePageLibreOfficeTest {

    @Test
    void theSignatureNeverOpensAPage() throws Exception {
        assumeTrue(LibreOffice.available() && Exports.bundledFonts(), "LibreOffice or the bundled fonts are absent");
        Report notice = Readers.read(Path.of("examples/notice.json"));
        String signature = notice.metadata().signatures().get(0);
        Map<String, byte[]> docx = new LinkedHashMap<>();
        for (int extra = 4; extra <= 16; extra++) {
            List<Block> body = new ArrayList<>(notice.body());
            for (int i = 0; i < extra; i++) {
                body.add(Paragraph.of("补充第" + i + "项工作要求。"));
            }
            Report r = new Report(notice.metadata().toBuilder().attachmentNotes(List.of()).build(), body, List.of());
            docx.put("extra-" + extra, Exports.embedded(r).bytes());
        }
        int moved = 0;
        for (Map.Entry<String, byte[]> pdf : LibreOffice.toPdfs(docx).entrySet()) {
            try (PDDocument doc = Loader.loadPDF(pdf.getValue())) {
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    List<String> lines = stripper.getText(doc).lines().map(l -> l.replaceAll("\\s", ""))
                            .filter(l -> !l.isEmpty()).toList();
                    int at = lines.indexOf(signature);
                    if (at >= 0) {
                        assertTrue(at > 0, pdf.getKey() + ": the 署名 opens page " + p + ": " + lines);
                        moved += p > 2 ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(moved > 0, "some lengths move the 署名 to page 3");
    }
}
