package io.github.wenshu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link ChildMain} in a new JVM with this JVM's class path, and reads back the {@code key=value} lines
 * it prints.
 *
 * <pre>{@code
 * ChildJvm.Run r = ChildJvm.run(List.of("-Xmx256m"), "heap", "wenshu-pdf", "example-x100");
 * r.ok(); r.values().get("peak_mb"); r.wallNanos();
 * }</pre>
 */
final class ChildJvm {

    /** How the child ended: exit code, its key=value output, wall time of the whole process. */
    record Run(int exitCode, Map<String, String> values, long wallNanos, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private ChildJvm() {
    }

    static Run run(List<String> jvmArgs, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        for (String key : List.of("bench.font", "bench.example")) {
            if (System.getProperty(key) != null) {
                cmd.add("-D" + key + "=" + System.getProperty(key));
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ChildMain.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        long wall = System.nanoTime() - t0;
        String text = new String(out, StandardCharsets.UTF_8);
        Map<String, String> values = new HashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).matches("[a-z_]+")) {
                values.put(line.substring(0, eq), line.substring(eq + 1).trim());
            }
        }
        return new Run(p.exitValue(), values, wall, text);
    }
}
