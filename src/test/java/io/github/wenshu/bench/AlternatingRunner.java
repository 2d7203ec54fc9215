package io.github.wenshu.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times several contenders on one input in one process, interleaved: every round runs each contender
 * that still needs samples once, and the starting contender rotates from round to round, so that drift
 * (JIT, GC, frequency, other load) falls on all of them alike.
 *
 * <pre>{@code
 * var plan = new AlternatingRunner.Plan(5, 10, 30, 2.0);
 * Map<String, AlternatingRunner.Result> r = new AlternatingRunner<Report>(plan).run(contenders, report);
 * r.get("wenshu-pdf").time().medianMillis();
 * }</pre>
 */
public final class AlternatingRunner<I> {

    /**
     * How many runs: {@code warmup} untimed runs each, then timed runs until a contender has at least
     * {@code minSamples} and either {@code maxSamples} or {@code budgetSeconds} of timed work.
     */
    public record Plan(int warmup, int minSamples, int maxSamples, double budgetSeconds) {
        public Plan {
            if (warmup < 0 || minSamples < 1 || maxSamples < minSamples || budgetSeconds < 0) {
                throw new IllegalArgumentException("bad plan " + warmup + "/" + minSamples + "/" + maxSamples);
            }
        }
    }

    /** The timings of one contender and the last document it made. */
    public record Result(Stats time, byte[] lastOutput) {
    }

    private final Plan plan;
    private final List<String> callOrder = new ArrayList<>();

    public AlternatingRunner(Plan plan) {
        this.plan = plan;
    }

    /** The names of contenders in the order they ran (warm-up included), for checking the interleaving. */
    public List<String> callOrder() {
        return List.copyOf(callOrder);
    }

    public Map<String, Result> run(List<? extends Contender<I>> contenders, I input) throws Exception {
        int n = contenders.size();
        List<List<Long>> samples = new ArrayList<>();
        long[] spent = new long[n];
        byte[][] last = new byte[n][];
        for (Contender<I> c : contenders) {
            c.prepare(input);
            samples.add(new ArrayList<>());
        }
        for (int round = 0; ; round++) {
            boolean warm = round < plan.warmup();
            boolean anyRan = false;
            for (int k = 0; k < n; k++) {
                int i = (round + k) % n;
                if (!warm && !needsMore(samples.get(i).size(), spent[i])) {
                    continue;
                }
                Contender<I> c = contenders.get(i);
                callOrder.add(c.name());
                long t0 = System.nanoTime();
                byte[] out = c.produce(input);
                long dt = System.nanoTime() - t0;
                last[i] = out;
                anyRan = true;
                if (!warm) {
                    samples.get(i).add(dt);
                    spent[i] += dt;
                }
            }
            if (!anyRan && !warm) {
                break;
            }
        }
        Map<String, Result> results = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            long[] nanos = samples.get(i).stream().mapToLong(Long::longValue).toArray();
            results.put(contenders.get(i).name(), new Result(Stats.of(nanos), last[i]));
        }
        return results;
    }

    private boolean needsMore(int count, long spentNanos) {
        if (count < plan.minSamples()) {
            return true;
        }
        return count < plan.maxSamples() && spentNanos < plan.budgetSeconds() * 1e9;
    }
}
