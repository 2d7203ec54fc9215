package io.github.wenshu.export.pdf;

import com.lowagie.text.pdf.BaseFont;
import io.github.wenshu.export.Exporter;
import io.github.wenshu.style.FontRole;

/** What the benchmark needs from this package: the exporter and the faces it draws with. */
public final class BenchSupport {

    private BenchSupport() {
    }

    public static Exporter exporter() {
        return new PdfExporter();
    }

    /** The OpenPDF font the exporter uses for a role, for a baseline program with the same fonts. */
    public static BaseFont baseFont(FontRole role) {
        return io.github.wenshu.font.FontSet.bundled().face(role).pdfFont();
    }
}
