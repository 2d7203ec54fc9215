package io.github.wenshu.export.pdf;

import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.ExportResult;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Renders the sample with development fonts: {@code DevRender out.pdf [copies]}. */
public final class DevRender {
    public static void main(String[] args) throws Exception {
        PdfExporter exporter = new PdfExporter();
        ExportOptions options = ExportOptions.defaults().withTimestamp(Instant.parse("2024-12-19T00:00:00Z"));
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            ExportResult r = exporter.export(copies == 0 ? io.github.wenshu.read.Readers.read(PdfFixture.EXAMPLE) : SampleReport.report(copies), options, out);
            System.out.println(r.pages() + " pages, warnings: " + r.warnings());
        }
    }
}
