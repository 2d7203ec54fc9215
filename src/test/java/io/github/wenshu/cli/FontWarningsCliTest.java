package io.github.wenshu.cli;

import io.github.wenshu.font.CffUserFontTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line prints what the fonts could not do as asked: once, though PDF and DOCX both report it. */
class FontWarningsCliTest {

    @Test
    void aRareHeitiCharacterDrawnByTheFallbackIsPrintedOnce(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("rare.txt");
        Files.writeString(in, "关于测试的报告\n\n一、关于张堃同志的情况\n\n正文。\n");
        CliRun run = CliRun.of(in.toString(), "-o", dir.resolve("out").toString(), "-q");
        assertEquals(0, run.exit(), run::toString);
        String expected = "warning: body[0]: 黑体 (heiti) text has 1 character that FandolHei lacks, drawn in "
                + "Noto Serif CJK SC instead: 堃 (body[0])";
        assertTrue(run.err().contains(expected), run::toString);
        assertEquals(run.err().indexOf(expected), run.err().lastIndexOf(expected), run::toString);
    }

    @Test
    void aCffFontTheSubsetterCannotReadIsAnErrorNamingTheFileNotAnInternalError(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("short.txt");
        Files.writeString(in, "关于测试的报告\n\n正文测试。\n");
        Path font = dir.resolve("damaged.otf");
        Files.write(font, CffUserFontTest.damagedCff());
        CliRun run = CliRun.of(in.toString(), "-o", dir.resolve("out").toString(), "-f", "pdf",
                "--font", "fangsong=" + font);
        assertEquals(ExitCodes.FAILED, run.exit(), run::toString);
        assertTrue(run.err().contains("damaged.otf") && run.err().contains("TrueType (.ttf"), run::toString);
        assertFalse(run.err().contains("internal error") || run.err().contains("\tat "), run::toString);
    }
}
