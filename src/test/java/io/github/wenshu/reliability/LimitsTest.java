package io.github.wenshu.reliability;

import io.github.wenshu.export.ExportException;
import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.model.ImageSource;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.Limits;
import io.github.wenshu.model.ListBlock;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.model.Table;
import io.github.wenshu.read.JsonReader;
import io.github.wenshu.read.ReadException;
import io.github.wenshu.read.ReadOptions;
import io.github.wenshu.read.Readers;
import io.github.wenshu.read.TextReader;
import io.github.wenshu.model.Figure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs and reports over the {@link Limits} fail fast with a clear, located message — never an
 * {@link OutOfMemoryError} or a {@link StackOverflowError}.
 */
class LimitsTest {

    @TempDir
    Path dir;

    @Test
    void aHundredMegabyteJsonFailsFastInASixtyFourMegabyteHeap() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write("{\"body\": [".getBytes(StandardCharsets.UTF_8));
            byte[] para = "{\"type\": \"paragraph\", \"text\": \"全年共办理法律援助案件13087宗。\"},\n"
                    .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 100L << 20; written += para.length) {
                out.write(para);
            }
            out.write("{\"type\": \"pageBreak\"}]}".getBytes(StandardCharsets.UTF_8));
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                HugeInputChild.class.getName(), huge.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out + err);
        Matcher m = Pattern.compile("path (\\d+) stream (\\d+) peak (\\d+)").matcher(out);
        assertTrue(m.find(), out + err);
        System.out.println("100 MB JSON in -Xmx64m: refused by path in " + m.group(1) + " ms, as a stream in "
                + m.group(2) + " ms, peak heap " + m.group(3) + " MB");
        assertTrue(err.contains("more than the limit of 16777216 bytes"), err);
        assertTrue(err.contains("larger than the limit of 16777216 bytes"), err);
        assertTrue(Long.parseLong(m.group(1)) < 1000, "refused by its size before parsing: " + out);
    }

    @Test
    void deepJsonNestingIsRefusedWithALocationNotAStackOverflow() {
        String deep = "{\"body\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        ReadException e = assertThrows(ReadException.class, () -> new JsonReader().read(deep, ReadOptions.defaults()));
        assertEquals(1, e.line());
        assertTrue(e.detail().contains("exceeds a limit") && e.detail().contains("nesting depth"), e.getMessage());
    }

    @Test
    void listsNestedDeeperThanTheLimitAreRefusedByTheReader() {
        StringBuilder json = new StringBuilder("{\"body\": [");
        int levels = Limits.defaults().maxNestingDepth() + 1;
        for (int i = 0; i < levels; i++) {
            json.append("{\"type\": \"list\", \"items\": [{\"text\": \"层\", \"children\": [");
        }
        json.append("]}]}".repeat(levels)).append("]}");
        ReadException e = assertThrows(ReadException.class,
                () -> new JsonReader().read(json.toString(), ReadOptions.defaults()));
        assertTrue(e.detail().contains("nest") || e.detail().contains("depth"), e.getMessage());
    }

    @Test
    void aReportBuiltInCodeWithListsAHundredThousandDeepIsRefusedByTheExporter() {
        ListBlock inner = ListBlock.of(false, "底");
        for (int i = 0; i < 100_000; i++) {
            inner = new ListBlock(true, List.of(new ListBlock.ListItem(List.of(Inline.plain("层")), List.of(inner))));
        }
        Report r = Report.builder().add(inner).build();
        for (var exporter : Conversions.exporters()) {
            ExportException e = assertThrows(ExportException.class, () -> Conversions.export(exporter, r,
                    Conversions.OPTIONS));
            assertTrue(e.location().startsWith("body[0]"), e.getMessage());
            assertTrue(e.getMessage().contains("lists nest more than 32 levels"), e.getMessage());
        }
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedWithItsJsonPath() {
        String json = "{\"body\": [{\"type\": \"paragraph\", \"text\": \"" + "长".repeat(1_000_001) + "\"}]}";
        ReadException e = assertThrows(ReadException.class, () -> new JsonReader().read(json, ReadOptions.defaults()));
        assertEquals("$.body[0]", e.path());
        assertTrue(e.detail().contains("longer than the limit of 1000000"), e.getMessage());
    }

    @Test
    void aTableOverTheLimitsIsRefusedByReaderAndExporter() {
        Limits small = Limits.defaults().withMaxTable(5, 3, 12);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            rows.append(i == 0 ? "" : ", ").append("[\"a\", \"b\"]");
        }
        String json = "{\"body\": [{\"type\": \"paragraph\", \"text\": \"前\"}, {\"type\": \"table\", \"rows\": ["
                + rows + "]}]}";
        ReadException e = assertThrows(ReadException.class,
                () -> new JsonReader().read(json, ReadOptions.defaults().withLimits(small)));
        assertEquals("$.body[1].rows", e.path());
        Table wide = Table.builder().row("1", "2", "3", "4").build();
        ExportOptions options = Conversions.OPTIONS.withLimits(small);
        for (var exporter : Conversions.exporters()) {
            ExportException x = assertThrows(ExportException.class, () -> exporter.export(
                    Report.builder().add(wide).build(), options, OutputStream.nullOutputStream()));
            assertEquals("body[0].rows[0].cells[3]", x.location());
        }
    }

    @Test
    void anImageWhoseHeaderClaimsAGigapixelIsRefusedBeforeDecoding() throws IOException {
        byte[] png = TinyPng.of(2, 2, 0);
        png[16] = 0x00; png[17] = 0x01; png[18] = (byte) 0x86; png[19] = (byte) 0xA0;   // width 100000
        png[20] = 0x00; png[21] = 0x01; png[22] = (byte) 0x86; png[23] = (byte) 0xA0;   // height 100000
        Report r = Report.builder().add(new Figure(new ImageSource.Data(png, "bomb.png"), "图", null)).build();
        for (var exporter : Conversions.exporters()) {
            ExportException e = assertThrows(ExportException.class, () -> exporter.export(r, Conversions.OPTIONS,
                    OutputStream.nullOutputStream()));
            assertEquals("body[0]", e.location());
            assertTrue(e.getMessage().contains("100000 × 100000 pixels"), e.getMessage());
        }
        String json = "{\"body\": [{\"type\": \"figure\", \"data\": \""
                + java.util.Base64.getEncoder().encodeToString(png) + "\"}]}";
        ReadException e = assertThrows(ReadException.class, () -> new JsonReader().read(json, ReadOptions.defaults()));
        assertEquals("$.body[0]", e.path());
    }

    @Test
    void anImageFileOverTheByteLimitIsRefused() throws IOException {
        Path img = dir.resolve("big.png");
        Files.write(img, TinyPng.of(40, 40, 0x123456));
        Limits small = Limits.defaults().withMaxImageBytes(64);
        ReadException e = assertThrows(ReadException.class, () -> new JsonReader().read(
                "{\"body\": [{\"type\": \"figure\", \"path\": \"big.png\"}]}",
                ReadOptions.forFile(dir.resolve("r.json")).withLimits(small)));
        assertEquals("$.body[0]", e.path());
        assertTrue(e.detail().contains("more than the limit of 64 bytes"), e.getMessage());
    }

    @Test
    void tooManyBlocksAreRefused() {
        List<Paragraph> many = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            many.add(Paragraph.of("段" + i));
        }
        Report r = Report.builder().addAll(many).build();
        ExportOptions options = Conversions.OPTIONS.withLimits(Limits.defaults().withMaxBlocks(10));
        for (var exporter : Conversions.exporters()) {
            ExportException e = assertThrows(ExportException.class,
                    () -> exporter.export(r, options, OutputStream.nullOutputStream()));
            assertEquals("body[10]", e.location());
        }
    }

    @Test
    void aTextInputOverTheSizeLimitIsRefusedBeforeParsing() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[2048]);
        ReadException e = assertThrows(ReadException.class,
                () -> Readers.read(big, ReadOptions.forFile(big).withMaxInputBytes(1024)));
        assertTrue(e.getMessage().contains("2048 bytes, more than the limit of 1024 bytes"), e.getMessage());
        ReadException s = assertThrows(ReadException.class, () -> new TextReader().read(
                new ByteArrayInputStream(new byte[2048]), ReadOptions.defaults().withMaxInputBytes(1024)));
        assertTrue(s.getMessage().contains("larger than the limit of 1024 bytes"), s.getMessage());
    }

    @Test
    void limitsMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Limits.defaults().withMaxBlocks(0));
        assertEquals("maxBlocks must be at least 1, was 0", e.getMessage());
    }
}
