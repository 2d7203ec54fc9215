package io.github.wenshu.reliability;

import io.github.wenshu.read.ReadOptions;
import io.github.wenshu.read.TextReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Random plain text ({@link TextInputs}), as UTF-8 and now and then as GB18030 or raw random bytes, gives
 * either a report that exports validly without losing text or a {@code ReadException} with a line — see
 * {@link Inputs}. Image paths are restricted to the examples folder, as the command line does.
 */
class RandomTextProperties {

    static final int CASES = 60;

    @TestFactory
    Stream<DynamicTest> randomTextReadsOrFailsWithALocation() {
        ReadOptions options = ReadOptions.forFile(Path.of("examples", "random.txt")).withRestrictPaths(true);
        return Tries.cases("text", CASES, seed -> {
            Gen g = new Gen(seed);
            String text = TextInputs.report(g);
            byte[] bytes = g.weighted(
                    8, (java.util.function.Function<Gen, byte[]>) x -> text.getBytes(StandardCharsets.UTF_8),
                    1, (java.util.function.Function<Gen, byte[]>) x -> text.getBytes(Charset.forName("GB18030")),
                    1, (java.util.function.Function<Gen, byte[]>) x -> {
                        byte[] b = new byte[x.size(0, 2000)];
                        for (int i = 0; i < b.length; i++) {
                            b[i] = (byte) x.between(0, 255);
                        }
                        return b;
                    });
            Inputs.readAndExport(new TextReader(), bytes, options);
        });
    }
}
