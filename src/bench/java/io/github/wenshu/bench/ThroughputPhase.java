package io.github.wenshu.bench;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Documents per second when 1, 2 and 4 threads share one contender instance (for Wenshu: one exporter and one
 * font set), each thread making documents back to back for a fixed time after a warm-up.
 */
final class ThroughputPhase {

    static final List<String> CONTENDERS = List.of("wenshu-pdf", "wenshu-docx", "openpdf-naive", "poi-naive");
    static final int[] THREADS = {1, 2, 4};

    private final double seconds;

    ThroughputPhase(double seconds) {
        this.seconds = seconds;
    }

    void run(Workload w, BenchFont font, Results results) throws Exception {
        for (String name : CONTENDERS) {
            if (!Contenders.available(name)) {
                continue;
            }
            Contender<Workload> shared = Contenders.byName(name, font);
            for (int threads : THREADS) {
                measure(shared, w, threads, seconds / 3);
                double rate = measure(shared, w, threads, seconds);
                results.throughput.add(new Results.Throughput(name, threads, rate));
                System.err.printf("throughput: %-16s %d thread(s) %7.1f documents/s%n", name, threads, rate);
            }
        }
    }

    private static double measure(Contender<Workload> c, Workload w, int threads, double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            long t0 = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    while (!stop.get()) {
                        c.produce(w);
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            Thread.sleep((long) (seconds * 1000));
            stop.set(true);
            for (Future<?> f : futures) {
                f.get();
            }
            return done.get() / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
