package io.github.wenshu.bench;

import java.util.Arrays;

/**
 * Order statistics of a set of durations in nanoseconds.
 *
 * <pre>{@code
 * Stats s = Stats.of(new long[] {30_000_000, 10_000_000, 20_000_000});
 * s.medianMillis();   // 20.0
 * }</pre>
 */
public record Stats(long[] sortedNanos) {

    public Stats {
        if (sortedNanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
    }

    public static Stats of(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return new Stats(copy);
    }

    public int count() {
        return sortedNanos.length;
    }

    /** The value below which a fraction {@code q} of the samples lie, interpolated linearly. */
    public double quantileNanos(double q) {
        double pos = q * (sortedNanos.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sortedNanos.length - 1);
        return sortedNanos[lo] + (pos - lo) * (sortedNanos[hi] - sortedNanos[lo]);
    }

    public double medianMillis() {
        return quantileNanos(0.5) / 1e6;
    }

    public double p25Millis() {
        return quantileNanos(0.25) / 1e6;
    }

    public double p75Millis() {
        return quantileNanos(0.75) / 1e6;
    }

    public double minMillis() {
        return sortedNanos[0] / 1e6;
    }

    public double maxMillis() {
        return sortedNanos[sortedNanos.length - 1] / 1e6;
    }
}
