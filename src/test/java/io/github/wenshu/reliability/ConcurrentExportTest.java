package io.github.wenshu.reliability;

import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.Exporter;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.Readers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One exporter instance and one {@link ExportOptions} (so one font set) shared by 8 threads, each running
 * {@code wenshu.reliability.exportsPerThread} exports (25 in the test command, 200 with
 * {@code -Preliability-long}) of four different reports in turn: every output is byte-identical to the
 * single-threaded output of the same report under the same fixed timestamp.
 */
class ConcurrentExportTest {

    static final int THREADS = 8;
    static final int PER_THREAD = Integer.getInteger("wenshu.reliability.exportsPerThread", 25);

    @TestFactory
    Stream<DynamicTest> eightThreadsGiveTheSingleThreadedBytes() throws Exception {
        List<Report> reports = new ArrayList<>();
        reports.add(Readers.read(Path.of("examples", "baoan-2024-report.json")));
        reports.add(Readers.read(Path.of("examples", "tables.json")));
        for (long seed : new long[] {1, 2}) {
            reports.add(Reports.any(new Gen(seed)));
        }
        return Conversions.exporters().stream().map(exporter -> DynamicTest.dynamicTest(
                exporter.format() + ": " + THREADS + " threads x " + PER_THREAD + " exports",
                () -> run(exporter, reports)));
    }

    private static void run(Exporter exporter, List<Report> reports) throws Exception {
        ExportOptions options = Conversions.OPTIONS;
        List<byte[]> expected = new ArrayList<>();
        for (Report r : reports) {
            expected.add(Conversions.export(exporter, r, options).bytes());
        }
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < PER_THREAD; i++) {
                        int which = (offset + i) % reports.size();
                        byte[] got = Conversions.export(exporter, reports.get(which), options).bytes();
                        if (!Arrays.equals(expected.get(which), got)) {
                            throw new AssertionError(exporter.format() + ": thread " + offset + " export " + i
                                    + " of report " + which + " differs from the single-threaded bytes");
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        }
        assertEquals(THREADS * PER_THREAD, done.get());
    }
}
