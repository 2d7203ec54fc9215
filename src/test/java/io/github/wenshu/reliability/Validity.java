package io.github.wenshu.reliability;

import io.github.wenshu.export.docx.DocxParts;
import io.github.wenshu.export.docx.DocxSchemaTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What makes an output valid: a PDF opens in PDFBox with at least one page and passes {@code qpdf --check}
 * (when qpdf is installed; CI installs it); every XML part of a DOCX validates against the ECMA-376 schemas
 * (the DOCX tests' validator).
 */
final class Validity {

    private static final boolean QPDF = onPath("qpdf");

    private Validity() {
    }

    static void pdf(byte[] pdf) throws IOException, InterruptedException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 0, "the PDF has pages");
        }
        if (QPDF) {
            Path file = Files.createTempFile("wenshu-reliability", ".pdf");
            try {
                Files.write(file, pdf);
                Process p = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), "qpdf --check finished");
                assertEquals(0, p.exitValue(), "qpdf --check: " + out);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    static void docx(byte[] docx) throws Exception {
        DocxSchemaTest.assertValid(DocxParts.read(docx));
    }

    static boolean isZip(byte[] b) {
        return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
