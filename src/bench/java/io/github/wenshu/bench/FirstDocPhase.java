package io.github.wenshu.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first document in a fresh JVM: one new process per contender and repetition, contenders interleaved.
 * Records the process's wall time (JVM start, reading the input, the document, exit) and the first document's
 * time inside it.
 */
final class FirstDocPhase {

    private final int repetitions;

    FirstDocPhase(int repetitions) {
        this.repetitions = repetitions;
    }

    void run(String workload, Results results) throws Exception {
        List<String> names = Contenders.IN_JVM.stream().filter(Contenders::available).toList();
        Map<String, List<Long>> wall = new LinkedHashMap<>();
        Map<String, List<Long>> first = new LinkedHashMap<>();
        names.forEach(n -> {
            wall.put(n, new ArrayList<>());
            first.put(n, new ArrayList<>());
        });
        for (int rep = 0; rep < repetitions; rep++) {
            for (int k = 0; k < names.size(); k++) {
                String name = names.get((rep + k) % names.size());
                ChildJvm.Run r = ChildJvm.run(List.of("-Xmx1g"), "first", name, workload);
                if (!r.ok()) {
                    throw new IllegalStateException(name + " failed in a fresh JVM:\n" + r.output());
                }
                wall.get(name).add(r.wallNanos());
                first.get(name).add((long) (Double.parseDouble(r.values().get("first_ms")) * 1e6));
            }
        }
        for (String n : names) {
            Results.FirstDoc f = new Results.FirstDoc(n, stats(wall.get(n)), stats(first.get(n)));
            results.firstDocs.add(f);
            System.err.printf("first: %-22s process %7.0f ms, first document %7.0f ms%n", n,
                    f.processWall().medianMillis(), f.firstDocument().medianMillis());
        }
    }

    static Stats stats(List<Long> nanos) {
        return Stats.of(nanos.stream().mapToLong(Long::longValue).toArray());
    }
}
