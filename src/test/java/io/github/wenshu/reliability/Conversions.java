package io.github.wenshu.reliability;

import io.github.wenshu.export.ExportException;
import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.ExportResult;
import io.github.wenshu.export.Exporter;
import io.github.wenshu.export.Exporters;
import io.github.wenshu.model.Limits;
import io.github.wenshu.model.Report;
import io.github.wenshu.model.ReportLimits;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The property every report must have: each exporter (DOCX, and PDF once it is registered) either writes
 * a valid file that holds every character of the report, or — only when the report exceeds the limits —
 * refuses it with an {@link ExportException} naming where. Anything else (another exception, a
 * {@link StackOverflowError}, more than a minute) fails the property.
 */
final class Conversions {

    static final Instant TIME = Instant.parse("2024-12-19T08:30:00Z");
    static final ExportOptions OPTIONS = ExportOptions.defaults().withTimestamp(TIME);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Conversions() {
    }

    private static final List<Exporter> EXPORTERS = find();

    /**
     * The exporters this suite judges, one instance each for every test: the registered docx and pdf.
     */
    static List<Exporter> exporters() {
        return EXPORTERS;
    }

    private static List<Exporter> find() {
        List<Exporter> found = new ArrayList<>(Exporters.all().stream()
                .filter(e -> e.format().equals("pdf") || e.format().equals("docx")).toList());
        return List.copyOf(found);
    }

    record Output(byte[] bytes, ExportResult result) {
    }

    static Output export(Exporter exporter, Report report, ExportOptions options) {
        return assertTimeoutPreemptively(TIMEOUT, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExportResult result = exporter.export(report, options, out);
            return new Output(out.toByteArray(), result);
        }, () -> exporter.format() + " export took longer than " + TIMEOUT);
    }

    /** Exports with every exporter and checks validity and that no text was lost. */
    static void check(Report report) throws Exception {
        Optional<ReportLimits.Violation> over = ReportLimits.firstViolation(report, Limits.defaults());
        for (Exporter exporter : exporters()) {
            Output out;
            try {
                out = export(exporter, report, OPTIONS);
            } catch (ExportException e) {
                assertTrue(over.isPresent(), () -> exporter.format() + " refused a report within the limits: " + e);
                assertEquals(over.get().location(), e.location());
                continue;
            }
            assertTrue(over.isEmpty(), () -> exporter.format() + " wrote a report over the limits: " + over);
            String text;
            if (exporter.format().equals("pdf")) {
                Validity.pdf(out.bytes());
                text = ReadBack.pdf(out.bytes());
            } else {
                Validity.docx(out.bytes());
                text = ReadBack.docx(out.bytes());
            }
            boolean pdf = exporter.format().equals("pdf");
            String lostBody = TextOrder.firstLoss(TextOrder.sequence(report), text, out.result().warnings(), pdf);
            if (lostBody != null) {
                fail(exporter.format() + " lost body text: " + lostBody + "; warnings " + out.result().warnings());
            }
            for (Map.Entry<String, String> part : TextOrder.metadataParts(report.metadata()).entrySet()) {
                String lost = TextOrder.firstLoss(List.of(part.getValue()), text, out.result().warnings(), pdf);
                if (lost != null && !TextOrder.namedByAWarning(part.getKey(), out.result().warnings())) {
                    fail(exporter.format() + " lost " + part.getKey() + " (form " + report.metadata().form()
                            + "): " + lost);
                }
            }
            assertNotNull(out.result().warnings());
        }
    }
}
