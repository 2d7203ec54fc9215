package io.github.wenshu.export.pdf;

import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.ExportResult;
import io.github.wenshu.read.Readers;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Renders any report file with development fonts: {@code DevRenderFile in.json out.pdf}. */
public final class DevRenderFile {
    public static void main(String[] args) throws Exception {
        PdfExporter exporter = new PdfExporter();
        ExportOptions options = ExportOptions.defaults().withTimestamp(Instant.parse("2024-12-19T00:00:00Z"));
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            ExportResult r = exporter.export(Readers.read(Path.of(args[0])), options, out);
            System.out.println(r.pages() + " pages, warnings: " + r.warnings());
        }
    }
}
