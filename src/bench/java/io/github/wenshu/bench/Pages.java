package io.github.wenshu.bench;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;

/** Page counts of produced documents. */
final class Pages {

    private Pages() {
    }

    /** The pages of a PDF, or 0 when the bytes are not a PDF (a DOCX has no fixed pages of its own). */
    static int ofPdf(byte[] bytes) throws IOException {
        if (bytes.length < 5 || bytes[0] != '%' || bytes[1] != 'P') {
            return 0;
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return doc.getNumberOfPages();
        }
    }
}
