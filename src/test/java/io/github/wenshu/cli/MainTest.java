package io.github.wenshu.cli;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conversion runs with the test reader ({@code .lines}) and the test exporters ({@code probe}, {@code shout})
 * from the test class path, so that these tests do not depend on the real readers and exporters.
 */
class MainTest {

    @TempDir
    Path dir;

    private Path input(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Path out() {
        return dir.resolve("out");
    }

    private List<String> outFiles() throws IOException {
        if (!Files.exists(out())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void allInputsConvertedToEveryFormatExitsZero() throws IOException {
        Path a = input("a.lines", "第一段\n第二段\n");
        Path b = input("sub/b.lines", "乙\n");

        CliRun r = CliRun.of(a.toString(), b.toString(), "--format", "probe,shout", "--out", out().toString());

        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of("a.lines", "a.probe", "b.lines", "b.probe"), outFiles());
        assertEquals("第一段\n第二段\n", Files.readString(out().resolve("a.probe")));
        assertEquals("乙\n", Files.readString(out().resolve("b.lines")));
        assertTrue(r.err().contains(a + " -> " + out().resolve("a.probe") + " (probe, 2 pages, "), r.toString());
        assertTrue(r.err().contains(b + " -> " + out().resolve("b.lines") + " (shout, 1 page, "), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void aFailingInputIsReportedWithLineAndColumnAndTheOthersAreStillConverted() throws IOException {
        Path first = input("first.lines", "甲\n");
        Path bad = input("bad.lines", "正常一行\nab@@cd\n");
        Path missing = dir.resolve("missing.lines");
        Path last = input("last.lines", "丙\n");

        CliRun r = CliRun.of(first.toString(), bad.toString(), missing.toString(), last.toString(),
                "--format", "probe", "--out", out().toString());

        assertEquals(1, r.exit(), r.toString());
        assertEquals(List.of("first.probe", "last.probe"), outFiles());
        assertTrue(r.err().contains(bad + ":2:3: unexpected '@@'"), r.toString());
        assertTrue(r.err().contains(missing + ": cannot read: no such file or folder"), r.toString());
        assertFalse(r.err().contains("Exception"), r.toString());
    }

    @Test
    void anExportFailingHalfwayLeavesNoFileAndKeepsTheOldOutput() throws IOException {
        Path broken = input("broken.lines", "一\n二\nEXPLODE\n三\n");
        Path fine = input("fine.lines", "好\n");
        Files.createDirectories(out());
        Files.writeString(out().resolve("broken.probe"), "the previous good version\n");

        CliRun r = CliRun.of(broken.toString(), fine.toString(), "--format", "probe", "--out", out().toString());

        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains(broken + ": body[2]: cannot draw EXPLODE"), r.toString());
        assertEquals(List.of("broken.probe", "fine.probe"), outFiles(), "no temporary file is left behind");
        assertEquals("the previous good version\n", Files.readString(out().resolve("broken.probe")));
    }

    @Test
    void internalErrorsAskForAReportAndShowTheTraceOnlyWithDebug() throws IOException {
        Path crash = input("crash.lines", "CRASH\n");
        Path boom = input("boom.lines", "!BOOM\n");

        CliRun r = CliRun.of(crash.toString(), boom.toString(), "--format", "probe", "--out", out().toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains(crash + ": internal error while writing probe"), r.toString());
        assertTrue(r.err().contains(boom + ": internal error while reading"), r.toString());
        assertTrue(r.err().contains("please report"), r.toString());
        assertFalse(r.err().contains("\tat "), r.toString());
        assertEquals(List.of(), outFiles());

        CliRun debug = CliRun.of(crash.toString(), "--format", "probe", "--out", out().toString(), "--debug");
        assertEquals(1, debug.exit(), debug.toString());
        assertTrue(debug.err().contains("\tat org.example.wenshu.ProbeExporter.export"), debug.toString());
    }

    @Test
    void theFormatsOfAnInputAreReportedInTheOrderAskedForAndOneFailingKeepsTheOther() throws IOException {
        Path input = input("out/x.lines", "甲\n");

        for (List<String> formats : List.of(List.of("shout", "probe"), List.of("probe", "shout"))) {
            CliRun r = CliRun.of(input.toString(), "--format", String.join(",", formats), "--out", out().toString());

            assertEquals(1, r.exit(), r.toString());
            assertEquals(List.of("x.lines", "x.probe"), outFiles());
            assertEquals("甲\n", Files.readString(input), "the input is not replaced");
            int shout = r.err().indexOf("refusing to write " + input + ": it is one of the inputs");
            int probe = r.err().indexOf(input + " -> " + out().resolve("x.probe") + " (probe, ");
            assertTrue(shout >= 0 && probe >= 0, r.toString());
            assertEquals(formats.get(0).equals("shout"), shout < probe, r.toString());
        }
    }

    @Test
    void warningsArePrintedEvenWhenQuiet() throws IOException {
        Path w = input("w.lines", "WARN 缺字\n正文\n");

        CliRun r = CliRun.of(w.toString(), "--format=probe,shout", "--out=" + out(), "--quiet");

        assertEquals(0, r.exit(), r.toString());
        assertEquals(w + ": warning: body[0]: 缺字\n", r.err(), "one warning though two formats reported it, "
                + "no progress lines");
    }

    @Test
    void refusesToOverwriteAnInput() throws IOException {
        Path a = input("a.lines", "原文\n");

        CliRun r = CliRun.of(a.toString(), "--format", "shout", "--out", dir.toString());

        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("it is one of the inputs"), r.toString());
        assertEquals("原文\n", Files.readString(a));
    }

    @Test
    void twoInputsWithTheSameBaseNameDoNotOverwriteEachOther() throws IOException {
        Path one = input("x/same.lines", "一\n");
        Path two = input("y/same.lines", "二\n");

        CliRun r = CliRun.of(one.toString(), two.toString(), "--format", "probe", "--out", out().toString());

        assertEquals(1, r.exit(), r.toString());
        assertEquals("一\n", Files.readString(out().resolve("same.probe")));
        assertTrue(r.err().contains("already written from " + one), r.toString());
    }

    @Test
    void unknownInputKindIsAnInputFailure() throws IOException {
        Path md = input("notes.md", "# hi\n");
        Path ok = input("ok.lines", "好\n");

        CliRun r = CliRun.of(md.toString(), ok.toString(), "--format", "probe", "--out", out().toString());

        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains(md + ": unknown input kind '.md'; expected one of: "), r.toString());
        assertTrue(r.err().contains(".lines"), r.toString());
        assertEquals(List.of("ok.probe"), outFiles());
    }

    @Test
    void createsTheOutputFolderAndWritesUtf8() throws IOException {
        Path a = input("a.lines", "宝安区\n");
        Path deep = dir.resolve("deep/er/out");

        CliRun r = CliRun.of(a.toString(), "--format", "probe", "-o", deep.toString(), "-q");

        assertEquals(0, r.exit(), r.toString());
        assertEquals("宝安区\n", Files.readString(deep.resolve("a.probe"), StandardCharsets.UTF_8));
        assertEquals("", r.err());
    }

    @Test
    void aStyleFileChangesTheStyleOfEveryInput() throws IOException {
        Path a = input("a.lines", "SIZE\n");
        Path style = input("style.json", "{\"bodySize\": 15}");

        CliRun r = CliRun.of(a.toString(), "--style", style.toString(), "--format", "probe", "-o", out().toString());

        assertEquals(0, r.exit(), r.toString());
        assertEquals("bodySize 15.0\n", Files.readString(out().resolve("a.probe")));
    }

    @Test
    void aBadStyleFileIsReportedWithLineAndColumnAndNothingIsWritten() throws IOException {
        Path a = input("a.lines", "甲\n");
        Path style = input("style.json", "{\n  \"bodySise\": 15\n}");

        CliRun r = CliRun.of(a.toString(), "--style", style.toString(), "--format", "probe", "-o", out().toString());

        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().startsWith(style + ":2:3: "), r.toString());
        assertTrue(r.err().contains("bodySize"), r.toString());
        assertEquals(List.of(), outFiles());
    }

    @Test
    void aFontFileReplacesTheFaceOfItsRoleAndWinsOverTheStyleFile() throws IOException {
        Path a = input("a.lines", "FONT\n");
        Path font = dir.resolve("Liberation.ttf");
        try (InputStream in = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            Files.copy(in, font);
        }
        Files.copy(font, dir.resolve("style-font.ttf"));
        Path style = input("style.json", "{\"fonts\": {\"fangsong\": \"style-font.ttf\", \"heiti\": \"style-font.ttf\"}}");

        CliRun r = CliRun.of(a.toString(), "--style", style.toString(), "--font", "FangSong=" + font,
                "--format", "probe", "-o", out().toString());

        assertEquals(0, r.exit(), r.toString());
        assertEquals("fangsong " + font + "\n", Files.readString(out().resolve("a.probe")));

        CliRun styleOnly = CliRun.of(a.toString(), "--style", style.toString(), "--format", "probe", "-o", out().toString());
        assertEquals(0, styleOnly.exit(), styleOnly.toString());
        assertTrue(Files.readString(out().resolve("a.probe")).contains("style-font.ttf"));
    }

    @Test
    void aFileThatIsNotAFontIsAUsageError() throws IOException {
        Path a = input("a.lines", "甲\n");
        Path notFont = input("fake.ttf", "not a font at all");

        CliRun r = CliRun.of(a.toString(), "--font", "heiti=" + notFont, "--format", "probe", "-o", out().toString());

        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("heiti"), r.toString());
        assertTrue(r.err().contains(notFont.toString()), r.toString());
        assertEquals(List.of(), outFiles());
    }
}
