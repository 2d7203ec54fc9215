package io.github.wenshu.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Warm time per document: every workload, the in-JVM contenders interleaved after a warm-up, then the
 * LibreOffice conversions (one {@code soffice} process each, so never warm) interleaved among themselves.
 */
final class WarmPhase {

    private final BenchFont font;
    private final Path example;
    private final Soffice soffice;
    private final boolean quick;
    private final Path saveDir;

    /** {@code saveDir}: where to keep each contender's last document for a look, or null. */
    WarmPhase(BenchFont font, Path example, Soffice soffice, boolean quick, Path saveDir) {
        this.font = font;
        this.example = example;
        this.soffice = soffice;
        this.quick = quick;
        this.saveDir = saveDir;
    }

    AlternatingRunner.Plan jvmPlan(String workload) {
        if (quick) {
            return new AlternatingRunner.Plan(1, 2, 2, 0);
        }
        return switch (workload) {
            case "example" -> new AlternatingRunner.Plan(20, 15, 300, 3);
            case "example-x10" -> new AlternatingRunner.Plan(5, 9, 60, 4);
            case "example-x100" -> new AlternatingRunner.Plan(1, 3, 10, 8);
            default -> new AlternatingRunner.Plan(3, 7, 40, 4);
        };
    }

    AlternatingRunner.Plan officePlan(String workload) {
        if (quick) {
            return new AlternatingRunner.Plan(0, 1, 1, 0);
        }
        return workload.startsWith("example") && !workload.equals("example-x100")
                ? new AlternatingRunner.Plan(0, 3, 5, 6) : new AlternatingRunner.Plan(0, 1, 3, 20);
    }

    void run(List<String> workloads, Results results) throws Exception {
        List<Contender<Workload>> jvm = Contenders.inJvm(font);
        List<LibreOfficeConversion> office = soffice == null ? List.of() : Contenders.libreOffice(font, soffice);
        for (String name : workloads) {
            Workload w = Workloads.byName(name, example, font);
            System.err.printf("warm: %s (%,d characters)%n", name, w.characters());
            Map<String, AlternatingRunner.Result> jvmRuns = new AlternatingRunner<Workload>(jvmPlan(name)).run(jvm, w);
            Map<String, AlternatingRunner.Result> officeRuns = office.isEmpty() ? Map.of()
                    : new AlternatingRunner<Workload>(officePlan(name)).run(office, w);
            Map<String, Integer> officePages = new HashMap<>();
            for (LibreOfficeConversion lo : office) {
                AlternatingRunner.Result r = officeRuns.get(lo.name());
                int pages = Pages.ofPdf(r.lastOutput());
                officePages.put(lo.source(), pages);
                add(results, name, lo.name(), r, pages);
            }
            for (var e : jvmRuns.entrySet()) {
                int pages = Pages.ofPdf(e.getValue().lastOutput());
                if (pages == 0) {
                    pages = officePages.getOrDefault(e.getKey().replace("-noembed", ""), 0);
                }
                add(results, name, e.getKey(), e.getValue(), pages);
            }
        }
    }

    private void add(Results results, String workload, String contender, AlternatingRunner.Result r,
                     int pages) throws java.io.IOException {
        if (saveDir != null) {
            java.nio.file.Files.createDirectories(saveDir);
            String ext = Pages.ofPdf(r.lastOutput()) > 0 ? ".pdf" : ".docx";
            java.nio.file.Files.write(saveDir.resolve(workload + "-" + contender.replaceAll("[()]", "_") + ext),
                    r.lastOutput());
        }
        Results.Warm warm = new Results.Warm(workload, contender, r.time(), r.lastOutput().length, pages);
        results.warm.add(warm);
        System.err.printf("  %-24s median %9.1f ms  (p25 %.1f, p75 %.1f, n=%d)  %,d bytes  %d pages%n",
                contender, r.time().medianMillis(), r.time().p25Millis(), r.time().p75Millis(), r.time().count(),
                warm.bytes(), pages);
    }
}
