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

    /** With the bundled faces subset and embedded (the default). */
    static Result embedded(Report r) throws IOException {
        return run(new DocxExporter(), r, options(true));
    }

    /** Whether the bundled font files are on the class path (fonts/build.sh has run). */
    static boolean bundledFonts() {
        for (String file : new String[] {"FandolFang-Regular", "FandolHei-Regular", "FandolKai-Regular",
            "NotoSerifCJKsc-Regular", "NotoSerifCJKsc-Bold"}) {
            if (Exports.class.getResource("/io/github/wenshu/fonts/" + file + ".ttf") == null) {
                return false;
            }
        }
        return true;
    }

    static Result run(DocxExporter exporter, Report r, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = exporter.export(r, options, out);
        return new Result(out.toByteArray(), result);
    }
}
