package io.github.wenshu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmark phases and writes the tables into BENCHMARKS.md (between the results markers) and the
 * time-per-document plot. {@code bench/run.sh} builds the class path and calls this.
 *
 * <pre>
 * java -cp … io.github.wenshu.bench.BenchMain [--quick] [--phases warm,first,cli,heap,throughput]
 *      [--workloads example,example-x10,example-x100,table-1000] [--markdown BENCHMARKS.md]
 *      [--plot docs/images/bench-time-per-doc.png] [--launcher ./wenshu] [--save DIR]
 *      [--contenders wenshu-pdf,openpdf-naive]
 * </pre>
 */
public final class BenchMain {

    static final String BEGIN = "<!-- results:begin (written by bench/run.sh) -->";
    static final String END = "<!-- results:end -->";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        boolean quick = opts.containsKey("quick");
        if (opts.containsKey("contenders")) {
            System.setProperty("bench.contenders", opts.get("contenders"));
        }
        List<String> phases = List.of(opts.getOrDefault("phases", "warm,first,cli,heap,throughput").split(","));
        List<String> workloads = List.of(opts.getOrDefault("workloads", String.join(",", Workloads.NAMES)).split(","));
        BenchFont font = BenchFont.find();
        Path example = ChildMain.example();
        Path work = Files.createTempDirectory("wenshu-bench-");
        Soffice soffice = Soffice.available() ? Soffice.create(work, font) : null;
        Results results = new Results();
        Environment.describe(results, font, example);
        if (soffice == null) {
            results.notes.add("soffice not found: LibreOffice not measured.");
        }
        long t0 = System.nanoTime();
        if (phases.contains("warm")) {
            new WarmPhase(font, example, soffice, quick,
                    opts.containsKey("save") ? Path.of(opts.get("save")) : null).run(workloads, results);
        }
        if (phases.contains("first")) {
            new FirstDocPhase(quick ? 1 : 3).run("example", results);
        }
        if (phases.contains("cli") && soffice != null) {
            new CommandLinePhase(Path.of(opts.getOrDefault("launcher", "./wenshu")), quick ? 1 : 5)
                    .run(example, font, soffice, results);
        }
        if (phases.contains("heap")) {
            new HeapPhase().run(quick ? "example" : "example-x100", results);
        }
        if (phases.contains("throughput")) {
            new ThroughputPhase(quick ? 0.3 : 3).run(Workloads.byName("example", example, font), font, results);
        }
        results.environment.put("load average at end", Files.readString(Path.of("/proc/loadavg")).trim());
        results.environment.put("bench run time", String.format("%.0f s", (System.nanoTime() - t0) / 1e9));
        String plot = opts.get("plot");
        if (plot != null) {
            plot(results).writePng(Path.of(plot), 960, 600);
        }
        String md = MarkdownReport.render(results, plot == null ? null : opts.getOrDefault("plot-link", plot));
        if (opts.containsKey("markdown")) {
            writeBetweenMarkers(Path.of(opts.get("markdown")), md);
        } else {
            System.out.print(md);
        }
    }

    static LogLogPlot plot(Results r) {
        LogLogPlot plot = new LogLogPlot("Wenshu bench: warm time per document (median) vs pages, log-log",
                "pages (example report ×1, ×10, ×100)", "milliseconds per document");
        Map<String, List<LogLogPlot.Point>> series = new LinkedHashMap<>();
        for (Results.Warm w : r.warm) {
            if (w.workload().startsWith("example") && w.pages() > 0) {
                series.computeIfAbsent(w.contender(), k -> new ArrayList<>())
                        .add(new LogLogPlot.Point(w.pages(), w.time().medianMillis()));
            }
        }
        series.forEach(plot::series);
        return plot;
    }

    static void writeBetweenMarkers(Path file, String md) throws Exception {
        String old = Files.isRegularFile(file) ? Files.readString(file) : BEGIN + "\n" + END + "\n";
        int a = old.indexOf(BEGIN);
        int b = old.indexOf(END);
        if (a < 0 || b < a) {
            throw new IllegalStateException(file + " lacks the markers " + BEGIN + " … " + END);
        }
        Files.writeString(file, old.substring(0, a + BEGIN.length()) + "\n\n" + md + old.substring(b));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i] + " in " + Arrays.toString(args));
            }
            String key = args[i].substring(2);
            if (key.equals("quick")) {
                opts.put(key, "true");
            } else {
                opts.put(key, args[++i]);
            }
        }
        return opts;
    }
}
