package io.github.wenshu.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
