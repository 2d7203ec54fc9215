package io.github.wenshu.export;

import java.util.List;

/**
 * What an export produced: the number of pages (0 when the format has no fixed pages) and the warnings.
 *
 * <pre>{@code
 * ExportResult r = exporter.export(report, options, out);
 * System.err.printf("%d pages, %d warnings%n", r.pages(), r.warnings().size());
 * }</pre>
 */
public record ExportResult(int pages, List<Warning> warnings) {
    public ExportResult {
        warnings = List.copyOf(warnings);
    }
}
