package io.github.wenshu.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code wenshu} as a real process: exit status from {@code System.exit} and the environment honoured. */
class ProcessTest {

    @TempDir
    Path dir;

    private Process start(List<String> args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("SOURCE_DATE_EPOCH", "1734566400");
        return pb.start();
    }

    @Test
    void exitStatusAndSourceDateEpochInAProcess() throws Exception {
        Files.writeString(dir.resolve("t.lines"), "TIME\n");
        Files.writeString(dir.resolve("bad.lines"), "@@\n");

        Process p = start(List.of("t.lines", "bad.lines", "--format", "probe"));
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));

        assertEquals(1, p.exitValue(), output);
        assertTrue(output.contains("bad.lines:1:1: unexpected '@@'"), output);
        assertEquals("2024-12-19T00:00:00Z\n", Files.readString(dir.resolve("out/t.probe")),
                "default output folder is out/ in the current directory; the timestamp is SOURCE_DATE_EPOCH");
    }
}
