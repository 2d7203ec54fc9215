package io.github.wenshu.export;

import io.github.wenshu.model.Report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a {@link Report} into bytes of one format. Implementations are immutable and thread-safe: one
 * instance serves any number of concurrent exports; per-export state lives inside {@link #export}.
 * Register an implementation in {@code META-INF/services/io.github.wenshu.export.Exporter} to make it
 * known to {@link Exporters}.
 *
 * <pre>{@code
 * Exporter pdf = Exporters.forFormat("pdf");
 * try (OutputStream out = Files.newOutputStream(Path.of("report.pdf"))) {
 *     ExportResult result = pdf.export(report, ExportOptions.defaults(), out);
 *     result.warnings().forEach(w -> System.err.println(w));
 * }
 * }</pre>
 */
public interface Exporter {

    /** The format's short name, lower case: "pdf", "docx". */
    String format();

    /** The file name extension without the dot. */
    default String fileExtension() {
        return format();
    }

    /**
     * Writes the report to {@code out}; does not close it.
     *
     * @throws ExportException when the report cannot be written (a bad image, a limit exceeded)
     * @throws IOException     when writing to {@code out} fails
     */
    ExportResult export(Report report, ExportOptions options, OutputStream out) throws IOException;
}
