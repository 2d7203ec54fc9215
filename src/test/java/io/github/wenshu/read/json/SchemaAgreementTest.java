package io.github.wenshu.read.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The JSON Schema editors validate against names exactly the fields the reader accepts. */
class SchemaAgreementTest {

    private static final Path SCHEMA = Path.of("schema/wenshu-report.schema.json");
    private static JsonNode defs;
    private static JsonNode root;

    @BeforeAll
    static void load() throws IOException {
        root = new ObjectMapper().readTree(SCHEMA.toFile());
        defs = root.get("$defs");
    }

    private static Set<String> props(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void reportMetadataAndAttachmentFields() {
        assertEquals(new TreeSet<>(JsonReportMapper.REPORT_FIELDS), props(root));
        assertEquals(new TreeSet<>(JsonReportMapper.METADATA_FIELDS), props(defs.get("metadata")));
        assertEquals(new TreeSet<>(JsonReportMapper.ATTACHMENT_FIELDS), props(defs.get("attachment")));
    }

    @Test
    void blockTypesAndTheirFields() {
        for (var e : JsonBlockMapper.BLOCK_FIELDS.entrySet()) {
            assertEquals(new TreeSet<>(e.getValue()), props(defs.get(e.getKey())), e.getKey());
        }
        assertEquals(JsonBlockMapper.BLOCK_FIELDS.size(), defs.get("block").get("oneOf").size());
        assertEquals(new TreeSet<>(JsonBlockMapper.RUN_FIELDS), props(defs.get("run")));
    }

    @Test
    void tableCellsAndColumns() {
        JsonNode table = defs.get("table").get("properties");
        assertEquals(new TreeSet<>(JsonTableMapper.COLUMN_FIELDS), props(table.get("columns").get("items")));
        assertEquals(new TreeSet<>(JsonTableMapper.CELL_FIELDS),
                props(table.get("rows").get("items").get("items").get("oneOf").get(1)));
    }

    @Test
    void theSchemaShipsInTheJarUnchanged() throws IOException {
        try (InputStream in = SchemaAgreementTest.class.getResourceAsStream(
                "/io/github/wenshu/read/wenshu-report.schema.json")) {
            assertNotNull(in);
            assertArrayEquals(Files.readAllBytes(SCHEMA), in.readAllBytes());
        }
    }
}
