package io.github.wenshu.export;

import io.github.wenshu.model.Report;
import io.github.wenshu.model.ReportLimits;

/**
 * The check every exporter makes before writing a byte: the report stays within
 * {@link ExportOptions#limits()}, or the export fails with an {@link ExportException} naming where.
 *
 * <pre>{@code
 * ExportLimits.check(report, options);   // first line of Exporter.export
 * }</pre>
 */
public final class ExportLimits {

    private ExportLimits() {
    }

    /** @throws ExportException at the first place the report exceeds a limit */
    public static void check(Report report, ExportOptions options) {
        ReportLimits.firstViolation(report, options.limits()).ifPresent(v -> {
            throw new ExportException(v.location(), v.message());
        });
    }
}
