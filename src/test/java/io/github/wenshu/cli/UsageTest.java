package io.github.wenshu.cli;

import io.github.wenshu.export.Exporters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Command lines that cannot run exit with 2 and say what is wrong and what is allowed, writing nothing. */
class UsageTest {

    @TempDir
    Path dir;

    private CliRun usageError(String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().startsWith("wenshu: "), r.toString());
        assertTrue(r.err().contains("wenshu --help"), r.toString());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
        return r;
    }

    private String input() throws IOException {
        return Files.writeString(dir.resolve("a.lines"), "甲\n").toString();
    }

    private String out() {
        return dir.resolve("out").toString();
    }

    @Test
    void noInputs() {
        assertTrue(usageError().err().contains("no input files"));
        assertTrue(usageError("--format", "probe").err().contains("no input files"));
    }

    @Test
    void unknownOption() throws IOException {
        assertTrue(usageError(input(), "--fromat", "pdf").err().contains("unknown option '--fromat'"));
        assertTrue(usageError(input(), "--quiet=yes", "--format", "probe").err().contains("takes no value"));
    }

    @Test
    void missingValue() throws IOException {
        assertTrue(usageError(input(), "--out").err().contains("option --out needs a value"));
        assertTrue(usageError(input(), "--format=").err().contains("option --format needs a value"));
    }

    @Test
    void unknownFormatListsTheAvailableOnes() throws IOException {
        CliRun r = usageError(input(), "--format", "probe,odt", "--out", out());
        assertTrue(r.err().contains("unknown format 'odt'; available: " + String.join(", ", Exporters.formats())),
                r.toString());
    }

    @Test
    void unknownFontRoleListsTheRoles() throws IOException {
        Path font = Files.writeString(dir.resolve("f.ttf"), "x");
        CliRun r = usageError(input(), "--format", "probe", "--font", "songti2=" + font);
        assertTrue(r.err().contains("unknown font role 'songti2'; roles: fangsong, heiti, kaiti, xiaobiaosong, "
                + "songti, fallback"), r.toString());
        assertTrue(usageError(input(), "--font", "fangsong").err().contains("--font expects ROLE=FILE"));
        assertTrue(usageError(input(), "--font", "fangsong=" + dir.resolve("none.ttf")).err()
                .contains("font file '" + dir.resolve("none.ttf") + "' does not exist"));
    }

    @Test
    void missingStyleFile() throws IOException {
        assertTrue(usageError(input(), "--style", dir.resolve("s.json").toString()).err()
                .contains("style file '" + dir.resolve("s.json") + "' does not exist"));
    }

    @Test
    void helpListsEveryOptionFormatRoleAndSubcommand() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exit(), r.toString());
        for (String word : List.of("--format", "--out", "--style", "--font", "--quiet", "--debug", "--help",
                "fangsong", "xiaobiaosong", "probe", "check FILE.pdf [--json]", "SOURCE_DATE_EPOCH", "Exit status")) {
            assertTrue(r.out().contains(word), word + " missing in\n" + r.out());
        }
        assertEquals("", r.err());
        assertEquals(r.out(), CliRun.of("a.lines", "-h").out(), "-h wins over inputs");
    }

    @Test
    void checkIsASubcommand() throws IOException {
        CliRun missing = CliRun.of("check", dir.resolve("x.pdf").toString());
        assertEquals(2, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("x.pdf: no such file"), missing.toString());

        Path notPdf = Files.writeString(dir.resolve("n.pdf"), "not a pdf");
        CliRun unreadable = CliRun.of("check", notPdf.toString(), "--json");
        assertEquals(2, unreadable.exit(), unreadable.toString());
        assertTrue(unreadable.err().contains("cannot read as PDF"), unreadable.toString());
    }
}
