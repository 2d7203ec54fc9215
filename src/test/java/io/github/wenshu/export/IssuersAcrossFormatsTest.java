package io.github.wenshu.export;

import io.github.wenshu.export.docx.DocxExporter;
import io.github.wenshu.export.pdf.PdfExporter;
import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same report prints the same issuers in PDF and DOCX, and both name the ones left out the same way. */
class IssuersAcrossFormatsTest {

    private static final ExportOptions OPTIONS = ExportOptions.defaults().withTimestamp(Instant.EPOCH);

    @Test
    void plainReportPrintsNoIssuersInEitherFormat() throws Exception {
        Report plain = Report.builder().metadata(Metadata.builder().form(DocumentForm.PLAIN)
                .issuers("宝安区司法局").title("关于测试的报告").build()).add(Paragraph.of("正文。")).build();
        String docx = docxText(plain);
        assertFalse(docx.contains("宝安区司法局"), docx);
        assertEquals(notPrinted(new PdfExporter(), plain), notPrinted(new DocxExporter(), plain));
        assertEquals(List.of("metadata.issuers"),
                notPrinted(new DocxExporter(), plain).stream().map(Warning::location).toList());
    }

    @Test
    void letterPrintsTheLeadOrganOnlyInEitherFormat() throws Exception {
        Report letter = Report.builder().metadata(Metadata.builder().form(DocumentForm.LETTER)
                .issuers("宝安区司法局", "宝安区财政局").title("关于测试的函").build()).add(Paragraph.of("正文。")).build();
        String docx = docxText(letter);
        assertTrue(docx.contains("宝安区司法局"), docx);
        assertFalse(docx.contains("宝安区财政局"), docx);
        List<Warning> docxWarnings = notPrinted(new DocxExporter(), letter);
        assertEquals(notPrinted(new PdfExporter(), letter), docxWarnings);
        assertEquals(List.of("metadata.issuers[1]"), docxWarnings.stream().map(Warning::location).toList());
    }

    @Test
    void fileFormPrintsEveryIssuerWithoutWarning() throws Exception {
        Report file = Report.builder().metadata(Metadata.builder().form(DocumentForm.FILE)
                .issuers("宝安区司法局", "宝安区财政局").markSuffix("文件").title("关于测试的通知").build())
                .add(Paragraph.of("正文。")).build();
        String docx = docxText(file);
        assertTrue(docx.contains("宝安区司法局") && docx.contains("宝安区财政局"), docx);
        assertTrue(notPrinted(new DocxExporter(), file).isEmpty());
        assertTrue(notPrinted(new PdfExporter(), file).isEmpty());
    }

    @Test
    void minutesWithoutSuffixShowsMinutesInEitherFormat() throws Exception {
        Report minutes = Report.builder().metadata(Metadata.builder().form(DocumentForm.MINUTES)
                .issuers("宝安区司法局办公会议").title("关于测试的会议纪要").build()).add(Paragraph.of("正文。")).build();
        assertTrue(docxText(minutes).contains("宝安区司法局办公会议纪要"), docxText(minutes));
        assertEquals("纪要", MarkIssuers.suffix(minutes.metadata()));
    }

    private static List<Warning> notPrinted(Exporter exporter, Report r) throws Exception {
        return exporter.export(r, OPTIONS, new ByteArrayOutputStream()).warnings().stream()
                .filter(w -> w.code().equals(MarkIssuers.CODE)).toList();
    }

    private static String docxText(Report r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().export(r, OPTIONS, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }
}
