package io.github.wenshu.read;

import io.github.wenshu.model.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped examples: model → JSON → model is lossless, and each text example reads as its JSON twin. */
class ExamplesRoundTripTest {

    private static final Path EXAMPLES = Path.of("examples");

    @ParameterizedTest
    @MethodSource("jsonExamples")
    void jsonExampleSurvivesModelToJsonToModel(String name) throws IOException {
        Path file = EXAMPLES.resolve(name);
        Report first = Readers.read(file);
        String json = JsonWriter.relativeTo(EXAMPLES).write(first);
        Report second = new JsonReader().read(json, ReadOptions.forFile(file));
        assertEquals(first, second);
        assertEquals(json, JsonWriter.relativeTo(EXAMPLES).write(second));
    }

    @ParameterizedTest
    @MethodSource("textExamplesWithTwins")
    void textExampleReadsAsItsJsonTwin(String base) throws IOException {
        Report fromText = Readers.read(EXAMPLES.resolve(base + ".txt"));
        Report fromJson = Readers.read(EXAMPLES.resolve(base + ".json"));
        assertEquals(fromJson.metadata(), fromText.metadata());
        assertEquals(fromJson.body(), fromText.body());
        assertEquals(fromJson.attachments(), fromText.attachments());
    }

    /** Every example JSON file, so a new example is checked without editing this test. */
    static List<String> jsonExamples() throws IOException {
        List<String> names = names(".json");
        assertTrue(names.containsAll(List.of("notice.json", "letter.json", "minutes.json")), names.toString());
        return names;
    }

    /** The base names of every example text file that has a JSON twin. */
    static List<String> textExamplesWithTwins() throws IOException {
        List<String> bases = names(".txt").stream().map(n -> n.substring(0, n.length() - 4))
                .filter(b -> Files.exists(EXAMPLES.resolve(b + ".json"))).toList();
        assertTrue(bases.containsAll(List.of("notice", "letter", "minutes")), bases.toString());
        return bases;
    }

    private static List<String> names(String extension) throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(extension)).sorted().toList();
        }
    }
}
