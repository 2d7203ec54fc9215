package io.github.wenshu.bench;

import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.Exporter;
import io.github.wenshu.export.Exporters;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

/**
 * Wenshu's own exporter for one format, one exporter instance and one {@link ExportOptions} (so one font set)
 * shared by every document and every thread.
 */
final class WenshuContender implements Contender<Workload> {

    private final String name;
    private final Exporter exporter;
    private final ExportOptions options;

    WenshuContender(String name, String format, boolean embedFonts) {
        this.name = name;
        this.exporter = Exporters.forFormat(format);
        this.options = ExportOptions.defaults()
                .withTimestamp(Instant.parse("2024-12-19T00:00:00Z"))
                .withEmbedFonts(embedFonts);
    }

    /** Whether Wenshu has an exporter for the format on the class path yet. */
    static boolean available(String format) {
        return Exporters.find(format).isPresent();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public byte[] produce(Workload w) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        exporter.export(w.report(), options, out);
        return out.toByteArray();
    }
}
