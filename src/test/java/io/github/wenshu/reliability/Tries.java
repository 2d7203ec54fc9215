package io.github.wenshu.reliability;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * How many generated cases a property runs, and with which seeds. The test command runs each property's
 * normal count with the fixed seeds 1..N, so CI is reproducible; {@code mvn -Preliability-long test} sets
 * {@code wenshu.reliability.factor} (10) for ten times as many and {@code wenshu.reliability.randomSeeds}
 * for new random seeds on every run. {@code -Dwenshu.reliability.seed=S} replays one case. Every case is a
 * dynamic test named after its seed, and a failure names the seed to replay.
 *
 * <pre>{@code
 * @TestFactory Stream<DynamicTest> reports() { return Tries.cases("report", 60, seed -> check(seed)); }
 * }</pre>
 */
final class Tries {

    private Tries() {
    }

    static int count(int normal) {
        return normal * Integer.getInteger("wenshu.reliability.factor", 1);
    }

    static Stream<DynamicTest> cases(String what, int normal, ThrowingConsumer<Long> property) {
        String fixed = System.getProperty("wenshu.reliability.seed");
        LongStream seeds = fixed != null && !fixed.isBlank() ? LongStream.of(Long.parseLong(fixed.trim()))
                : Boolean.getBoolean("wenshu.reliability.randomSeeds")
                ? LongStream.generate(() -> ThreadLocalRandom.current().nextLong()).limit(count(normal))
                : LongStream.rangeClosed(1, count(normal));
        return seeds.mapToObj(seed -> DynamicTest.dynamicTest(what + " seed " + seed, () -> {
            try {
                property.accept(seed);
            } catch (Throwable t) {
                throw new AssertionError(what + " seed " + seed + " (replay: -Dwenshu.reliability.seed=" + seed
                        + "): " + t, t);
            }
        }));
    }
}
