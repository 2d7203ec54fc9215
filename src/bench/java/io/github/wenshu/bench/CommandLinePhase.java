package io.github.wenshu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Command-line wall time on the example, process start to exit, interleaved: {@code ./wenshu} making PDF and
 * DOCX, against {@code soffice --convert-to pdf} of Wenshu's DOCX and of the naive POI DOCX. Each command runs
 * once untimed first (builds the launcher's jar, fills the disk cache, creates LibreOffice's profile).
 */
final class CommandLinePhase {

    private final Path launcher;
    private final int repetitions;

    CommandLinePhase(Path launcher, int repetitions) {
        this.launcher = launcher;
        this.repetitions = repetitions;
    }

    void run(Path example, BenchFont font, Soffice soffice, Results results) throws Exception {
        Path dir = soffice.workDir().resolve("cli");
        Files.createDirectories(dir);
        Workload w = Workloads.byName("example", example, font);
        Map<String, ProcessBuilder> commands = new LinkedHashMap<>();
        if (Files.isExecutable(launcher) && Contenders.available("wenshu-pdf")) {
            commands.put("wenshu → pdf + docx", new ProcessBuilder(launcher.toString(), example.toString(),
                    "--out", dir.resolve("wenshu").toString(), "--quiet").redirectErrorStream(true)
                    .redirectOutput(dir.resolve("wenshu.log").toFile()));
        } else {
            results.notes.add("Command line: `" + launcher + "` or the PDF exporter is missing; only LibreOffice timed.");
        }
        for (String source : Contenders.DOCX_FOR_LIBREOFFICE) {
            if (Contenders.available(source)) {
                Path docx = dir.resolve(source + ".docx");
                Files.write(docx, Contenders.byName(source, font).produce(w));
                commands.put("soffice " + source + ".docx → pdf", soffice.processBuilder(docx, dir.resolve("lo")));
            }
        }
        Map<String, List<Long>> times = new LinkedHashMap<>();
        commands.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        List<String> labels = List.copyOf(commands.keySet());
        for (int rep = -1; rep < repetitions; rep++) {
            for (int k = 0; k < labels.size(); k++) {
                String label = labels.get(Math.floorMod(rep + k, labels.size()));
                long wall = time(commands.get(label), label);
                if (rep >= 0) {
                    times.get(label).add(wall);
                }
            }
        }
        for (String label : labels) {
            Stats s = FirstDocPhase.stats(times.get(label));
            results.commands.add(new Results.Command(label, String.join(" ", commands.get(label).command()), s));
            System.err.printf("command line: %-36s %7.0f ms%n", label, s.medianMillis());
        }
    }

    private static long time(ProcessBuilder pb, String label) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(label + " failed: " + pb.command());
        }
        return System.nanoTime() - t0;
    }
}
