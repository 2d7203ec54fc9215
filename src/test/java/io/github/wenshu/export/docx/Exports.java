package io.github.wenshu.export.docx;

import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.ExportResult;
import io.github.wenshu.model.Report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;

/** Runs the DOCX exporter in tests. */
final class Exports {

    static final Instant TIME = Instant.parse("2024-12-19T08:30:00Z");

    record Result(byte[] bytes, ExportResult result) {
    }

    private Exports() {
    }

    static ExportOptions options(boolean embed) {
        return ExportOptions.defaults().withTimestamp(TIME).withEmbedFonts(embed);
    }

    static Result windowsNames(Report r) throws IOException {
        return run(new DocxExporter(), r, options(false));
    }

    /** With every role drawn by one real TrueType face, subset and embedded. */
    static Result embedded(Report r) throws IOException {
        return run(new DocxExporter(o -> new TrueTypeFaces(TrueTypeFaces.ARPHIC)), r, options(true));
    }

    static Result run(DocxExporter exporter, Report r, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = exporter.export(r, options, out);
        return new Result(out.toByteArray(), result);
    }
}
