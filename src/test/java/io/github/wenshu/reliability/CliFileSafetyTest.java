package io.github.wenshu.reliability;

import io.github.wenshu.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line with the real readers and the DOCX exporter: image paths are restricted to the input's
 * folder by default, an input is never overwritten — not even through an output name that is a symbolic or
 * hard link to it — and outputs are replaced by a rename, leaving no temporary file.
 */
class CliFileSafetyTest {

    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private static Run wenshu(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(args, o, e);
        }
        return new Run(exit, err.toString(StandardCharsets.UTF_8));
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void imagePathsLeavingTheInputFolderAreRefusedByDefault() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(dir.resolve("secret.png"), TinyPng.of(2, 2, 0));
        Path input = Files.writeString(in.resolve("r.txt"), "标题\n\n正文。\n![图1](../secret.png)\n");

        Run r = wenshu(input.toString(), "--format", "docx", "--out", dir.resolve("out").toString());

        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(input + ":4:"), r.err());
        assertTrue(r.err().contains("leaves the input's folder"), r.err());
    }

    @Test
    void anOutputNameLinkedToTheInputReplacesTheLinkNotTheInput() throws IOException {
        Path input = Files.writeString(dir.resolve("r.txt"), "标题\n\n正文。\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("r.docx"), input);
        Path other = Files.writeString(dir.resolve("s.txt"), "标题\n\n另一篇。\n");
        Files.createLink(out.resolve("s.docx"), other);

        Run r = wenshu(input.toString(), other.toString(), "--format", "docx", "--out", out.toString());

        assertEquals(0, r.exit(), r.err());
        assertEquals("标题\n\n正文。\n", Files.readString(input));
        assertEquals("标题\n\n另一篇。\n", Files.readString(other));
        assertFalse(Files.isSymbolicLink(out.resolve("r.docx")));
        assertTrue(Validity.isZip(Files.readAllBytes(out.resolve("r.docx"))));
        assertTrue(Validity.isZip(Files.readAllBytes(out.resolve("s.docx"))));
        assertEquals(List.of("r.docx", "s.docx"), names(out), "no temporary file is left");
    }

    @Test
    void anOutputIsReplacedWholeAndAnInputInTheOutputFolderIsKept() throws Exception {
        Path input = Files.writeString(dir.resolve("r.txt"), "标题\n\n正文。\n");
        Files.writeString(dir.resolve("r.docx"), "an older output");

        Run r = wenshu(input.toString(), "--format", "docx", "--out", dir.toString());

        assertEquals(0, r.exit(), r.err());
        byte[] docx = Files.readAllBytes(dir.resolve("r.docx"));
        Validity.docx(docx);
        assertEquals("标题\n\n正文。\n", Files.readString(input));
        assertEquals(List.of("r.docx", "r.txt"), names(dir), "no temporary file is left");
    }
}
