package io.github.wenshu.export.pdf;

import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.ExportResult;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.Readers;
import org.junit.jupiter.api.Assumptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Renders reports for tests with the fonts at hand, and the geometry the tests measure against. */
final class PdfFixture {

    static final Instant TIME = Instant.parse("2024-12-19T08:00:00Z");
    static final Path EXAMPLE = Path.of("examples/baoan-2024-report.json");

    static final float PAGE_H = 841.8898f;
    static final float PITCH = mm(225) / 22;
    static final float BODY_TOP = PAGE_H - mm(37);
    static final float FIRST_BASELINE = BODY_TOP - ((PITCH - 16) / 2 + 0.88f * 16);

    record Rendered(byte[] pdf, ExportResult result) {
    }

    private PdfFixture() {
    }

    static float mm(double mm) {
        return (float) (mm / 25.4 * 72);
    }

    static double toMm(float pt) {
        return pt / 72.0 * 25.4;
    }

    private static final PdfExporter EXPORTER = new PdfExporter();

    /** The bundled faces, as the exporter sees them. */
    static TypeFaces faces() {
        return FontSetFaces.of(options());
    }

    static PdfExporter exporter() {
        return EXPORTER;
    }

    static ExportOptions options() {
        return ExportOptions.defaults().withTimestamp(TIME);
    }

    static Rendered render(Report report) {
        return render(report, options());
    }

    static Rendered render(Report report, ExportOptions options) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExportResult r = exporter().export(report, options, out);
            return new Rendered(out.toByteArray(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Report example() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(EXAMPLE), "example report missing");
        return Readers.read(EXAMPLE);
    }
}
