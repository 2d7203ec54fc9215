package io.github.wenshu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * The program a fresh JVM runs for one contender, printing {@code key=value} lines:
 * <ul>
 *   <li>{@code first CONTENDER WORKLOAD}: {@code first_ms}, the first document including the contender's
 *       creation (class loading, font parsing), and {@code uptime_ms} when it started;</li>
 *   <li>{@code heap CONTENDER WORKLOAD}: makes the document, collects garbage, resets the heap pools'
 *       peaks, makes it once more and prints {@code peak_mb}, the sum of the heap pools' peak usage;</li>
 *   <li>{@code loop CONTENDER WORKLOAD N}: makes the document N times and prints {@code mean_ms}, for a
 *       profiler attached to this JVM ({@code bench/profile.sh}).</li>
 * </ul>
 */
public final class ChildMain {

    private ChildMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        BenchFont font = BenchFont.find();
        Workload w = Workloads.byName(args[2], example(), font);
        long startUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long t0 = System.nanoTime();
        Contender<Workload> c = Contenders.byName(args[1], font);
        byte[] out = c.produce(w);
        long first = System.nanoTime() - t0;
        if (mode.equals("first")) {
            System.out.println("uptime_ms=" + startUptime);
            System.out.println("first_ms=" + first / 1e6);
            System.out.println("bytes=" + out.length);
            return;
        }
        if (mode.equals("loop")) {
            int n = Integer.parseInt(args[3]);
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                c.produce(w);
            }
            System.out.println("mean_ms=" + (System.nanoTime() - t1) / 1e6 / n);
            return;
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        c.produce(w);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("peak_mb=" + peak / (1024.0 * 1024.0));
    }

    /** {@code -Dbench.example=FILE}, else the project's example, else the shared sample it was made from. */
    static Path example() {
        String given = System.getProperty("bench.example");
        if (given != null) {
            return Path.of(given);
        }
        Path example = Path.of("examples/baoan-2024-report.txt");
        return java.nio.file.Files.isRegularFile(example) ? example
                : Path.of("../shared/samples/baoan-2024-fazhi-zhengfu-report.txt");
    }
}
