package io.github.wenshu.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CheckCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void conformingPdfExitsZeroAndSaysSo() throws Exception {
        Path pdf = Files.write(dir.resolve("good.pdf"), new GridPdf().build());
        assertEquals(0, run(pdf.toString()));
        assertTrue(out().startsWith("good.pdf: 2 pages, conforms to GB/T 9704-2012"), out());
        assertTrue(out().contains("pass           lines-per-page"), out());
    }

    @Test
    void nonConformingPdfExitsOneAndNamesRuleAndClause() throws Exception {
        Path pdf = Files.write(dir.resolve("bad.pdf"), new GridPdf().leftMm(33).build());
        assertEquals(1, run(pdf.toString()));
        assertTrue(out().contains("ERROR type-area-left (§5.2.1) p.1: full lines start 33.0 mm"), out());
    }

    @Test
    void jsonListsFindingsAndRuleOutcomes() throws Exception {
        Path pdf = Files.write(dir.resolve("bad.pdf"), new GridPdf().numberOnWrongSide().build());
        assertEquals(1, run("--json", pdf.toString()));
        JsonNode json = new ObjectMapper().readTree(out());
        assertFalse(json.get("conforms").asBoolean());
        assertEquals("page-number-side", json.get("findings").get(0).get("rule").asText());
        assertEquals("§7.5", json.get("findings").get(0).get("clause").asText());
        assertEquals(1, json.get("findings").get(0).get("page").asInt());
        assertEquals("fail", json.get("rules").get("page-number-side").get("outcome").asText());
        assertEquals("pass", json.get("rules").get("paper-size").get("outcome").asText());
        assertEquals("not_applicable", json.get("rules").get("red-mark").get("outcome").asText());
    }

    @Test
    void unreadableFileExitsTwo() throws Exception {
        Path notPdf = Files.writeString(dir.resolve("notes.pdf"), "not a pdf");
        assertEquals(2, run(notPdf.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read as PDF"));
        assertEquals(2, run(dir.resolve("missing.pdf").toString()));
        assertEquals(2, run());
    }
}
