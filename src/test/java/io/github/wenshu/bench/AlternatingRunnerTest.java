package io.github.wenshu.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlternatingRunnerTest {

    private static Contender<String> upper() {
        return Contender.of("upper", s -> s.toUpperCase().getBytes(StandardCharsets.UTF_8));
    }

    private static Contender<String> repeat() {
        return Contender.of("repeat", s -> s.repeat(3).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void runsEveryContenderWarmupPlusMinimumTimesAndKeepsItsLastOutput() throws Exception {
        var runner = new AlternatingRunner<String>(new AlternatingRunner.Plan(2, 5, 5, 0));
        Map<String, AlternatingRunner.Result> r = runner.run(List.of(upper(), repeat()), "文书ab");

        assertEquals(5, r.get("upper").time().count());
        assertEquals(5, r.get("repeat").time().count());
        assertEquals(14, runner.callOrder().size());
        assertArrayEquals("文书AB".getBytes(StandardCharsets.UTF_8), r.get("upper").lastOutput());
    }

    @Test
    void rotatesWhichContenderGoesFirstInEachRound() throws Exception {
        var runner = new AlternatingRunner<String>(new AlternatingRunner.Plan(0, 3, 3, 0));
        runner.run(List.of(upper(), repeat()), "x");

        assertEquals(List.of("upper", "repeat", "repeat", "upper", "upper", "repeat"), runner.callOrder());
    }

    @Test
    void stopsAtTheTimeBudgetOnceTheMinimumIsReached() throws Exception {
        Contender<String> slow = Contender.of("slow", s -> {
            Thread.sleep(20);
            return new byte[0];
        });
        var runner = new AlternatingRunner<String>(new AlternatingRunner.Plan(0, 2, 1000, 0.05));
        Map<String, AlternatingRunner.Result> r = runner.run(List.of(slow, upper()), "x");

        assertTrue(r.get("slow").time().count() >= 2 && r.get("slow").time().count() <= 4,
                "slow ran " + r.get("slow").time().count() + " times");
        assertTrue(r.get("upper").time().count() > 100, "the fast contender keeps going within its own budget");
    }

    @Test
    void statsGiveInterpolatedQuantiles() {
        Stats s = Stats.of(new long[] {40_000_000, 10_000_000, 30_000_000, 20_000_000});

        assertEquals(25.0, s.medianMillis(), 1e-9);
        assertEquals(17.5, s.p25Millis(), 1e-9);
        assertEquals(10.0, s.minMillis(), 1e-9);
        assertEquals(40.0, s.maxMillis(), 1e-9);
    }
}
