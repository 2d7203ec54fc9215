package io.github.wenshu.cli;

import io.github.wenshu.export.Exporters;
import io.github.wenshu.read.Readers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The quick start with the real reader and exporters; skipped until they are all on the class path. */
class EndToEndTest {

    private static final Path SAMPLE = Path.of("examples/baoan-2024-report.txt");

    @TempDir
    Path out;

    @Test
    void theQuickStartWritesAReadablePdfAndDocx() throws Exception {
        assumeTrue(Exporters.formats().containsAll(List.of("pdf", "docx")), "pdf and docx exporters present");
        assumeTrue(Readers.forExtension("txt").isPresent(), "text reader present");
        assumeTrue(Files.exists(SAMPLE), SAMPLE + " present");

        CliRun r = CliRun.of(SAMPLE.toString(), "--out", out.toString());

        assertEquals(0, r.exit(), r.toString());
        Path pdf = out.resolve("baoan-2024-report.pdf");
        Path docx = out.resolve("baoan-2024-report.docx");
        assertTrue(r.err().contains(SAMPLE + " -> " + pdf + " (pdf, "), r.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() > 1, "pages: " + doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("法治政府建设"), text.substring(0, Math.min(200, text.length())));
        }
        try (InputStream in = Files.newInputStream(docx);
             XWPFWordExtractor words = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertTrue(words.getText().contains("法治政府建设"));
        }
        try (var files = Files.list(out)) {
            assertEquals(List.of("baoan-2024-report.docx", "baoan-2024-report.pdf"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
