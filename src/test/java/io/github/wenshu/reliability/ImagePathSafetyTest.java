package io.github.wenshu.reliability;

import io.github.wenshu.model.Figure;
import io.github.wenshu.model.ImageSource;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.JsonReader;
import io.github.wenshu.read.ReadException;
import io.github.wenshu.read.ReadOptions;
import io.github.wenshu.read.TextReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With {@link ReadOptions#restrictPaths()} (the command line's default), an image path may not leave the
 * input's folder: {@code ..}, absolute paths and symbolic links that point outside are refused with a
 * {@link ReadException} naming the figure. A URL is never fetched: it is a (missing) file name, and only
 * files and base64 data give pictures.
 */
class ImagePathSafetyTest {

    @TempDir
    Path dir;

    private Path inputs;
    private Path outside;

    private void layout() throws IOException {
        inputs = Files.createDirectories(dir.resolve("in"));
        Files.createDirectories(inputs.resolve("img"));
        outside = Files.createDirectories(dir.resolve("secret"));
        byte[] png = TinyPng.of(2, 2, 0xFF0000);
        Files.write(inputs.resolve("img/ok.png"), png);
        Files.write(outside.resolve("secret.png"), png);
    }

    private ReadOptions restricted() {
        return ReadOptions.forFile(inputs.resolve("report.json")).withRestrictPaths(true);
    }

    private static String figureJson(String path) {
        return "{\"body\": [{\"type\": \"paragraph\", \"text\": \"前\"}, {\"type\": \"figure\", \"path\": \""
                + path.replace("\\", "\\\\") + "\"}]}";
    }

    private ReadException refused(String path) {
        return assertThrows(ReadException.class, () -> new JsonReader().read(figureJson(path), restricted()));
    }

    @Test
    void aPathInsideTheInputFolderIsRead() throws IOException {
        layout();
        Report r = new JsonReader().read(figureJson("img/ok.png"), restricted());
        Figure f = assertInstanceOf(Figure.class, r.body().get(1));
        assertEquals(inputs.resolve("img/ok.png").toAbsolutePath().normalize(),
                ((ImageSource.File) f.image()).path());
    }

    @Test
    void dotDotThatLeavesTheFolderIsRefusedNamingTheFigure() throws IOException {
        layout();
        ReadException e = refused("../secret/secret.png");
        assertEquals("$.body[1].path", e.path());
        assertTrue(e.detail().contains("leaves the input's folder"), e.getMessage());
    }

    @Test
    void dotDotThatStaysInsideIsAllowed() throws IOException {
        layout();
        new JsonReader().read(figureJson("img/../img/ok.png"), restricted());
    }

    @Test
    void anAbsolutePathIsRefused() throws IOException {
        layout();
        ReadException e = refused(outside.resolve("secret.png").toAbsolutePath().toString());
        assertEquals("$.body[1].path", e.path());
        assertTrue(e.detail().contains("absolute"), e.getMessage());
    }

    @Test
    void aSymbolicLinkThatEscapesIsRefused() throws IOException {
        layout();
        Files.createSymbolicLink(inputs.resolve("img/link.png"), outside.resolve("secret.png"));
        Files.createSymbolicLink(inputs.resolve("linkdir"), outside);
        assertTrue(refused("img/link.png").detail().contains("link that leaves"));
        assertTrue(refused("linkdir/secret.png").detail().contains("link that leaves"));
    }

    @Test
    void aSymbolicLinkInsideTheFolderIsAllowed() throws IOException {
        layout();
        Files.createSymbolicLink(inputs.resolve("alias.png"), inputs.resolve("img/ok.png"));
        new JsonReader().read(figureJson("alias.png"), restricted());
    }

    @Test
    void aUrlIsNeverFetchedOnlyLookedForAsAFile() throws IOException {
        layout();
        // port 9 (discard) on the loopback: a fetch would fail differently or hang; the reader only looks for a file
        for (String url : new String[] {"http://127.0.0.1:9/x.png", "file:///etc/hostname", "ftp://h/x.png"}) {
            ReadException e = refused(url);
            assertTrue(e.detail().contains("not found") || e.detail().contains("absolute"), e.getMessage());
        }
    }

    @Test
    void theTextReaderRefusesEscapesWithTheLine() throws IOException {
        layout();
        String text = "标题\n\n正文第一段。\n![图1](../secret/secret.png)\n";
        ReadException e = assertThrows(ReadException.class, () -> new TextReader().read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ReadOptions.forFile(inputs.resolve("r.txt")).withRestrictPaths(true)));
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.detail().contains("leaves the input's folder"), e.getMessage());
    }

    @Test
    void withoutRestrictionALibraryCallerMayPointAnywhere() throws IOException {
        layout();
        new JsonReader().read(figureJson("../secret/secret.png"), restricted().withRestrictPaths(false));
    }
}
