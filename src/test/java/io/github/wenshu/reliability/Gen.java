package io.github.wenshu.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A seeded source of random choices for generated inputs. One seed gives one input, so a failure names
 * its seed and is reproduced with {@code -Dwenshu.reliability.seed=SEED}.
 *
 * <pre>{@code
 * Gen g = new Gen(42);
 * String level = g.pick("一、", "（一）");
 * List<String> names = g.list(0, 3, () -> Texts.shortText(g));
 * }</pre>
 */
final class Gen {

    private final Random random;

    Gen(long seed) {
        this.random = new Random(seed);
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    long nextLong() {
        return random.nextLong();
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Small sizes most of the time: half of the draws stay in the lower quarter of the range. */
    int size(int min, int max) {
        return chance(0.5) ? between(min, min + (max - min) / 4) : between(min, max);
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** Null with probability {@code p}, else a value from {@code s}. */
    <T> T orNull(double p, Supplier<T> s) {
        return chance(p) ? null : s.get();
    }

    <T> List<T> list(int min, int max, Supplier<T> item) {
        int n = size(min, max);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(item.get());
        }
        return out;
    }

    /** One of the options, chosen with the given weights: {@code weighted(w1, f1, w2, f2, …)}. */
    @SuppressWarnings("unchecked")
    <T> T weighted(Object... weightsAndFactories) {
        int total = 0;
        for (int i = 0; i < weightsAndFactories.length; i += 2) {
            total += (Integer) weightsAndFactories[i];
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weightsAndFactories.length; i += 2) {
            r -= (Integer) weightsAndFactories[i];
            if (r < 0) {
                return ((Function<Gen, T>) weightsAndFactories[i + 1]).apply(this);
            }
        }
        throw new AssertionError();
    }
}
