package io.github.wenshu.bench;

import java.util.List;

/**
 * Peak heap per contender on one workload, each in its own JVM: the smallest {@code -Xmx} of a ladder in which
 * a fresh JVM can make the document, and the heap pools' peak usage during one document with a roomy limit.
 */
final class HeapPhase {

    static final int[] LADDER_MB = {64, 128, 256, 512, 1024, 2048};
    static final int ROOMY_MB = 1024;

    void run(String workload, Results results) throws Exception {
        for (String name : Contenders.IN_JVM) {
            if (!Contenders.available(name)) {
                continue;
            }
            int min = smallestXmx(name, workload);
            ChildJvm.Run roomy = ChildJvm.run(List.of("-Xmx" + ROOMY_MB + "m"), "heap", name, workload);
            double peak = roomy.ok() ? Double.parseDouble(roomy.values().get("peak_mb")) : Double.NaN;
            if (!roomy.ok()) {
                System.err.println("heap: " + name + " failed at -Xmx" + ROOMY_MB + "m:\n" + roomy.output());
            }
            results.heap.add(new Results.Heap(name, workload, min, peak, ROOMY_MB));
            System.err.printf("heap: %-22s fits in -Xmx%dm, peak used %.0f MB at -Xmx%dm%n", name, min, peak,
                    ROOMY_MB);
        }
    }

    /** Starts at 256 MB and walks down while it fits or up until it does; 0 when even the largest fails. */
    private static int smallestXmx(String name, String workload) throws Exception {
        int i = 2;
        if (fits(name, workload, LADDER_MB[i])) {
            while (i > 0 && fits(name, workload, LADDER_MB[i - 1])) {
                i--;
            }
            return LADDER_MB[i];
        }
        for (i = 3; i < LADDER_MB.length; i++) {
            if (fits(name, workload, LADDER_MB[i])) {
                return LADDER_MB[i];
            }
        }
        return 0;
    }

    private static boolean fits(String name, String workload, int mb) throws Exception {
        return ChildJvm.run(List.of("-Xmx" + mb + "m", "-XX:+ExitOnOutOfMemoryError"), "first", name, workload).ok();
    }
}
