package io.github.wenshu.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Renders {@link Results} as the Markdown tables of BENCHMARKS.md. */
final class MarkdownReport {

    private final Results r;
    private final StringBuilder md = new StringBuilder();

    private MarkdownReport(Results r) {
        this.r = r;
    }

    static String render(Results r, String plotPath) {
        return new MarkdownReport(r).all(plotPath);
    }

    private String all(String plotPath) {
        line("### Machine and versions");
        line("");
        r.environment.forEach((k, v) -> line("- " + k + ": " + v));
        line("");
        targets();
        for (String workload : Workloads.NAMES) {
            warm(workload);
        }
        if (plotPath != null) {
            line("![Time per document against pages, log-log](" + plotPath + ")");
            line("");
        }
        scaling();
        firstDocs();
        commands();
        heap();
        throughput();
        if (!r.notes.isEmpty()) {
            line("### Notes from this run");
            line("");
            r.notes.forEach(n -> line("- " + n));
            line("");
        }
        return md.toString();
    }

    private void targets() {
        line("### Targets");
        line("");
        line("| target | status | figures |");
        line("|---|---|---|");
        for (Targets.Verdict v : Targets.judge(r)) {
            String status = switch (v.status()) {
                case "met" -> "✅ met";
                case "missed" -> "❌ missed";
                default -> "⏳ pending";
            };
            line("| " + v.target() + " | " + status + " | " + v.figures() + " |");
        }
        line("");
    }

    private void warm(String workload) {
        List<Results.Warm> rows = r.warm.stream().filter(w -> w.workload().equals(workload)).toList();
        line("### Warm time per document: " + workload);
        line("");
        if (rows.isEmpty()) {
            line("Pending: not measured in this run" + (workload.startsWith("table") ? " (table support)." : "."));
            line("");
            return;
        }
        line("| contender | median ms | p25–p75 ms | runs | × naive | output | pages | pages/s |");
        line("|---|--:|--:|--:|--:|--:|--:|--:|");
        for (Results.Warm w : rows) {
            line(String.format(Locale.ROOT, "| %s | %s | %s–%s | %d | %s | %s | %s | %s |", w.contender(),
                    ms(w.time().medianMillis()), ms(w.time().p25Millis()), ms(w.time().p75Millis()), w.time().count(),
                    versusNaive(w), size(w.bytes()), w.pages() == 0 ? "–" : String.valueOf(w.pages()),
                    w.pages() == 0 ? "–" : String.format(Locale.ROOT, "%,.0f", w.pagesPerSecond())));
        }
        line("");
    }

    private String versusNaive(Results.Warm w) {
        String naive = w.contender().contains("docx") || w.contender().equals("poi-naive")
                ? "poi-naive" : "openpdf-naive";
        if (w.contender().startsWith("lo(")) {
            naive = "openpdf-naive";
        }
        Results.Warm base = r.warm(w.workload(), naive);
        return base == null ? "–" : String.format(Locale.ROOT, "%.2f× %s", w.time().medianMillis()
                / base.time().medianMillis(), naive.equals("poi-naive") ? "POI" : "OpenPDF");
    }

    private void scaling() {
        line("### Scaling: milliseconds per page");
        line("");
        line("| contender | ~9 pages | ~90 pages | ~900 pages | 900 / 9 | linear? |");
        line("|---|--:|--:|--:|--:|---|");
        Set<String> contenders = new LinkedHashSet<>();
        r.warm.forEach(w -> contenders.add(w.contender()));
        for (String c : contenders) {
            double[] per = new double[3];
            List<String> names = List.of("example", "example-x10", "example-x100");
            StringBuilder cells = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                Results.Warm w = r.warm(names.get(i), c);
                per[i] = w == null || w.pages() == 0 ? Double.NaN : w.time().medianMillis() / w.pages();
                cells.append(Double.isNaN(per[i]) ? "–" : String.format(Locale.ROOT, "%.2f", per[i])).append(" | ");
            }
            double q = per[2] / per[0];
            String verdict = Double.isNaN(q) ? "–" : q <= 1.2 && q >= 0.5 ? "yes" : q < 0.5 ? "sub-linear"
                    : "no (grows " + String.format(Locale.ROOT, "%.1f×", q) + ")";
            line("| " + c + " | " + cells + (Double.isNaN(q) ? "–" : String.format(Locale.ROOT, "%.2f", q))
                    + " | " + verdict + " |");
        }
        line("");
    }

    private void firstDocs() {
        if (r.firstDocs.isEmpty()) {
            return;
        }
        line("### First document in a fresh JVM (example)");
        line("");
        line("| contender | process wall ms (median) | first document inside it ms |");
        line("|---|--:|--:|");
        r.firstDocs.forEach(f -> line(String.format(Locale.ROOT, "| %s | %s | %s |", f.contender(),
                ms(f.processWall().medianMillis()), ms(f.firstDocument().medianMillis()))));
        line("");
    }

    private void commands() {
        if (r.commands.isEmpty()) {
            return;
        }
        line("### Command line, cold (example, JVM or office start included)");
        line("");
        line("| command | median ms | min–max ms | runs |");
        line("|---|--:|--:|--:|");
        r.commands.forEach(c -> line(String.format(Locale.ROOT, "| %s | %s | %s–%s | %d |", c.label(),
                ms(c.wall().medianMillis()), ms(c.wall().minMillis()), ms(c.wall().maxMillis()), c.wall().count())));
        line("");
    }

    private void heap() {
        if (r.heap.isEmpty()) {
            return;
        }
        line("### Peak heap (" + r.heap.get(0).workload() + ", one JVM per contender)");
        line("");
        line("| contender | smallest -Xmx that works | peak heap used at -Xmx" + r.heap.get(0).roomyXmxMb() + "m |");
        line("|---|--:|--:|");
        r.heap.forEach(h -> line(String.format(Locale.ROOT, "| %s | %s | %.0f MB |", h.contender(),
                h.minXmxMb() == 0 ? "> 2048 MB" : (h.minXmxMb() == HeapPhase.LADDER_MB[0] ? "≤ " : "")
                        + h.minXmxMb() + " MB", h.peakUsedMb())));
        line("");
    }

    private void throughput() {
        if (r.throughput.isEmpty()) {
            return;
        }
        line("### Throughput (example, threads sharing one exporter and font set)");
        line("");
        line("| contender | 1 thread docs/s | 2 threads | 4 threads | 2 threads / 1 |");
        line("|---|--:|--:|--:|--:|");
        Map<String, double[]> by = new java.util.LinkedHashMap<>();
        for (Results.Throughput t : r.throughput) {
            double[] row = by.computeIfAbsent(t.contender(), k -> new double[3]);
            row[t.threads() == 1 ? 0 : t.threads() == 2 ? 1 : 2] = t.docsPerSecond();
        }
        by.forEach((c, v) -> line(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.2f× |", c, v[0], v[1], v[2],
                v[1] / v[0])));
        line("");
    }

    private static String ms(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
    }

    private void line(String s) {
        md.append(s).append('\n');
    }
}
