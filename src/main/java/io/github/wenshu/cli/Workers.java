package io.github.wenshu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The helper threads of one {@code wenshu} run: the formats of an input are made at the same time (the caller's
 * thread makes the first), and the fonts are parsed while the input is read. Daemon threads, so an unexpected
 * exit never waits for them.
 *
 * <pre>{@code
 * try (Workers workers = new Workers(1)) {
 *     List<Outcome> done = workers.all(List.of(() -> pdf(), () -> docx()));   // in the order given
 * }
 * }</pre>
 */
final class Workers implements AutoCloseable {

    private final ExecutorService pool;

    /** {@code threads} beside the caller's; 0 runs everything on the caller's thread. */
    Workers(int threads) {
        this.pool = threads <= 0 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "wenshu-worker", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /** As deep as the main thread's default, for deeply nested reports. */
    private static final long STACK_BYTES = 8L << 20;

    /** Starts a task whose result nobody waits for (its failure shows again where the work is needed). */
    void background(Runnable task) {
        if (pool != null) {
            pool.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException | Error ignored) {
                    // the exporter that needs the same work meets and reports the same problem
                }
            });
        }
    }

    /** Runs the tasks, all but the first on the helper threads, and returns their results in order. */
    <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        List<Future<T>> started = new ArrayList<>();
        for (int i = 1; i < tasks.size(); i++) {
            started.add(pool == null ? null : pool.submit(tasks.get(i)));
        }
        List<T> results = new ArrayList<>();
        if (!tasks.isEmpty()) {
            results.add(tasks.get(0).call());
        }
        for (int i = 1; i < tasks.size(); i++) {
            Future<T> f = started.get(i - 1);
            results.add(f == null ? tasks.get(i).call() : await(f));
        }
        return results;
    }

    private static <T> T await(Future<T> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
