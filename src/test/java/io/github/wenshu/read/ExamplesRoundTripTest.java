package io.github.wenshu.read;

import io.github.wenshu.model.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shipped examples: model → JSON → model is lossless, and each text example reads as its JSON twin. */
class ExamplesRoundTripTest {

    private static final Path EXAMPLES = Path.of("examples");

    @ParameterizedTest
    @ValueSource(strings = {"baoan-2024-report.json", "notice.json", "tables.json"})
    void jsonExampleSurvivesModelToJsonToModel(String name) throws IOException {
        Path file = EXAMPLES.resolve(name);
        Report first = Readers.read(file);
        String json = JsonWriter.relativeTo(EXAMPLES).write(first);
        Report second = new JsonReader().read(json, ReadOptions.forFile(file));
        assertEquals(first, second);
        assertEquals(json, JsonWriter.relativeTo(EXAMPLES).write(second));
    }

    @ParameterizedTest
    @ValueSource(strings = {"baoan-2024-report", "notice"})
    void textExampleReadsAsItsJsonTwin(String base) throws IOException {
        Report fromText = Readers.read(EXAMPLES.resolve(base + ".txt"));
        Report fromJson = Readers.read(EXAMPLES.resolve(base + ".json"));
        assertEquals(fromJson.metadata(), fromText.metadata());
        assertEquals(fromJson.body(), fromText.body());
        assertEquals(fromJson.attachments(), fromText.attachments());
    }
}
