package io.github.wenshu.reliability;

import io.github.wenshu.read.JsonReader;
import io.github.wenshu.read.ReadOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The examples' JSON, broken at random ({@link JsonMutations}), gives either a report that exports validly
 * without losing text or a {@code ReadException} with a line:column or JSON path — see {@link Inputs}.
 * Image paths are restricted to the examples folder, as the command line does.
 */
class MutatedJsonProperties {

    static final int CASES = 100;
    private static final Path EXAMPLES = Path.of("examples");

    @TestFactory
    Stream<DynamicTest> mutatedExamplesReadOrFailWithALocation() {
        List<Path> examples = jsonExamples();
        return Tries.cases("mutated json", CASES, seed -> {
            Gen g = new Gen(seed);
            Path example = g.pick(examples.toArray(Path[]::new));
            byte[] broken = JsonMutations.mutate(g, Files.readAllBytes(example));
            Inputs.readAndExport(new JsonReader(), broken, ReadOptions.forFile(example).withRestrictPaths(true));
        });
    }

    static List<Path> jsonExamples() {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
