package io.github.wenshu.reliability;

import io.github.wenshu.model.Report;
import io.github.wenshu.read.ReadException;
import io.github.wenshu.read.ReadOptions;
import io.github.wenshu.read.ReportReader;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The property every input must have: the reader gives a report — which then exports like any other
 * ({@link Conversions#check}) — or a {@link ReadException} that says where (line and column, or a JSON path)
 * and what. Any other exception, a {@link StackOverflowError} or more than 30 s fails.
 */
final class Inputs {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Inputs() {
    }

    /** The report read from {@code bytes}, or null when the reader refused them with a located message. */
    static Report read(ReportReader reader, byte[] bytes, ReadOptions options) {
        return assertTimeoutPreemptively(TIMEOUT, () -> {
            try {
                return reader.read(new ByteArrayInputStream(bytes), options);
            } catch (ReadException e) {
                assertNotNull(e.detail());
                assertTrue(e.line() > 0 || e.path() != null, () -> "no location in: " + e.getMessage());
                return null;
            }
        }, () -> reader.name() + " reader took longer than " + TIMEOUT);
    }

    static void readAndExport(ReportReader reader, byte[] bytes, ReadOptions options) throws Exception {
        Report report = read(reader, bytes, options);
        if (report != null) {
            Conversions.check(report);
        }
    }
}
