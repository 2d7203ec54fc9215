package io.github.wenshu.bench;

import java.util.ArrayList;
import java.util.List;

/** The targets, each judged against one run's results: met, missed or pending (not measurable yet). */
final class Targets {

    /** One target and its verdict with the figures behind it. */
    record Verdict(String target, String status, String figures) {
    }

    private Targets() {
    }

    static List<Verdict> judge(Results r) {
        List<Verdict> out = new ArrayList<>();
        out.add(ratio(r, "Example, warm: PDF not slower than naive OpenPDF", "example", "wenshu-pdf",
                "openpdf-naive", 1.0));
        out.add(ratio(r, "Example, warm: PDF faster than Flying Saucer", "example", "wenshu-pdf", "flying-saucer", 1.0));
        out.add(ratio(r, "Example, warm: PDF ≥ 50× faster than LibreOffice", "example", "wenshu-pdf",
                "lo(wenshu-docx)", 1.0 / 50));
        out.add(ratio(r, "Example, warm: DOCX ≤ 1.5× naive POI", "example", "wenshu-docx", "poi-naive", 1.5));
        out.add(ratio(r, "100× example, warm: PDF ≤ 1.5× naive OpenPDF", "example-x100", "wenshu-pdf",
                "openpdf-naive", 1.5));
        out.add(ratio(r, "100× example, warm: DOCX ≤ 1.5× naive POI", "example-x100", "wenshu-docx", "poi-naive", 1.5));
        for (String c : List.of("wenshu-pdf", "wenshu-docx")) {
            out.add(heap(r, c));
            out.add(scaling(r, c));
        }
        out.add(commandLine(r));
        return out;
    }

    private static Verdict ratio(Results r, String target, String workload, String ours, String theirs, double max) {
        Results.Warm a = r.warm(workload, ours);
        Results.Warm b = r.warm(workload, theirs);
        if (a == null || b == null) {
            return new Verdict(target, "pending", (a == null ? ours : theirs) + " not measured");
        }
        double q = a.time().medianMillis() / b.time().medianMillis();
        String shown = q < 0.1 ? String.format("%.0f× faster", 1 / q) : String.format("%.2f×", q);
        return new Verdict(target, q <= max ? "met" : "missed", String.format("%s %.1f ms / %s %.1f ms = %s",
                ours, a.time().medianMillis(), theirs, b.time().medianMillis(), shown));
    }

    private static Verdict heap(Results r, String contender) {
        String target = "100× example: " + contender + " peak heap < 256 MB";
        return r.heap.stream().filter(h -> h.contender().equals(contender)).findFirst()
                .map(h -> new Verdict(target, h.minXmxMb() > 0 && h.minXmxMb() <= 256 ? "met" : "missed",
                        String.format("runs in -Xmx%dm; peak used %.0f MB at -Xmx%dm", h.minXmxMb(), h.peakUsedMb(),
                                h.roomyXmxMb())))
                .orElse(new Verdict(target, "pending", "not measured"));
    }

    private static Verdict scaling(Results r, String contender) {
        String target = contender + ": time per page at ~900 pages within 1.2× of ~9 pages";
        Results.Warm small = r.warm("example", contender);
        Results.Warm big = r.warm("example-x100", contender);
        if (small == null || big == null || small.pages() == 0 || big.pages() == 0) {
            return new Verdict(target, "pending", "not measured");
        }
        double perSmall = small.time().medianMillis() / small.pages();
        double perBig = big.time().medianMillis() / big.pages();
        double q = perBig / perSmall;
        return new Verdict(target, q <= 1.2 ? "met" : "missed",
                String.format("%.2f ms/page at %d pages, %.2f ms/page at %d pages: %.2f×", perSmall, small.pages(),
                        perBig, big.pages(), q));
    }

    private static Verdict commandLine(Results r) {
        String target = "Command line, cold: example → PDF + DOCX faster than soffice converting the DOCX alone";
        Results.Command ours = r.commands.stream().filter(c -> c.label().startsWith("wenshu")).findFirst().orElse(null);
        Results.Command lo = r.commands.stream().filter(c -> c.label().contains("wenshu-docx")).findFirst()
                .orElse(null);
        if (ours == null || lo == null) {
            return new Verdict(target, "pending", "not measured");
        }
        double a = ours.wall().medianMillis();
        double b = lo.wall().medianMillis();
        return new Verdict(target, a < b ? "met" : "missed", String.format("%.0f ms vs %.0f ms", a, b));
    }
}
