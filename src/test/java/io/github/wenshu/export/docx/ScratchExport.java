package io.github.wenshu.export.docx;

import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.ExportResult;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Writes the example as DOCX for looking at: {@code ScratchExport out.docx [embed]}. Not a test. */
public final class ScratchExport {
    public static void main(String[] args) throws Exception {
        boolean embed = args.length > 1 && args[1].equals("embed");
        DocxExporter exporter = new DocxExporter();
        ExportOptions options = ExportOptions.defaults().withTimestamp(Instant.parse("2024-12-19T00:00:00Z"))
                .withEmbedFonts(embed);
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            ExportResult r = exporter.export(SampleReport.load(), options, out);
            r.warnings().forEach(System.err::println);
        }
    }
}
