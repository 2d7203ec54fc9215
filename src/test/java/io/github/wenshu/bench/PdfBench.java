package io.github.wenshu.bench;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.Exporter;
import io.github.wenshu.export.pdf.BenchSupport;
import io.github.wenshu.model.Block;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.Readers;
import io.github.wenshu.style.FontRole;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the PDF exporter against a naive OpenPDF program (one {@code Paragraph} per block, same fonts) on
 * the example report and on the example repeated 10 and 100 times. Not a test: run it by hand,
 * <pre>{@code
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.wenshu.bench.PdfBench
 * }</pre>
 */
public final class PdfBench {

    private interface Job {
        int run(Report report) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Report example = Readers.read(Path.of(args.length > 0 ? args[0] : "examples/baoan-2024-report.json"));
        ExportOptions options = ExportOptions.defaults().withTimestamp(Instant.parse("2024-12-19T00:00:00Z"));
        Exporter exporter = BenchSupport.exporter();
        Job wenshu = r -> exporter.export(r, options, new ByteArrayOutputStream()).pages();
        Job naive = PdfBench::naive;

        if (args.length > 1 && args[1].startsWith("--first=")) {
            Job job = args[1].endsWith("naive") ? naive : wenshu;
            long t0 = System.nanoTime();
            long c0 = cpu();
            job.run(example);
            System.out.printf("%.0f %.0f%n", ms(System.nanoTime() - t0), ms(cpu() - c0));
            return;
        }
        String firstWenshu = fresh(args, "wenshu");
        String firstNaive = fresh(args, "naive");
        System.out.println("first document in a fresh JVM (wall ms, cpu ms): wenshu " + firstWenshu + ", naive "
                + firstNaive);
        System.out.println("median per document; cpu = this thread's CPU time (robust when the machine is busy)");
        System.out.println("| document | pages | wenshu wall ms | naive wall ms | wenshu cpu ms | naive cpu ms "
                + "| cpu ratio | wenshu cpu ms/page | peak heap wenshu MB | peak heap naive MB |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int copies : new int[] {1, 10, 100}) {
            Report r = repeat(example, copies);
            int rounds = copies == 1 ? 60 : copies == 10 ? 12 : 5;
            Result w = measure(wenshu, r, rounds);
            Result n = measure(naive, r, rounds);
            System.out.printf("| example ×%d | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %.3f | %.0f | %.0f |%n", copies,
                    w.pages, w.ms, n.ms, w.cpuMs, n.cpuMs, w.cpuMs / n.cpuMs, w.cpuMs / w.pages, w.peakMb, n.peakMb);
        }
    }

    private record Result(int pages, double ms, double cpuMs, double peakMb) {
    }

    /** Runs this bench in a new JVM to time the first document of one contender. */
    private static String fresh(String[] args, String who) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PdfBench.class.getName(),
                args.length > 0 ? args[0] : "examples/baoan-2024-report.json", "--first=" + who)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        String[] lines = out.split("\n");
        return lines[lines.length - 1];
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static Result measure(Job job, Report r, int rounds) throws Exception {
        int pages = 0;
        for (int i = 0; i < Math.max(3, rounds / 3); i++) {
            pages = job.run(r);
        }
        System.gc();
        resetPeak();
        List<Double> times = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            long c = cpu();
            job.run(r);
            cpus.add(ms(cpu() - c));
            times.add(ms(System.nanoTime() - t));
        }
        times.sort(Double::compare);
        cpus.sort(Double::compare);
        return new Result(pages, times.get(times.size() / 2), cpus.get(cpus.size() / 2), peakMb());
    }

    /**
     * The baseline: OpenPDF lays out each block as a Paragraph with its own line breaking, in the same faces
     * per role (黑体 / 楷体 / 仿宋 headings, 小标宋 title), with "— N —" page numbers in 宋体 from a page event.
     */
    private static int naive(Report report) throws Exception {
        BaseFont body = BenchSupport.baseFont(FontRole.FANGSONG);
        BaseFont title = BenchSupport.baseFont(FontRole.XIAOBIAOSONG);
        BaseFont song = BenchSupport.baseFont(FontRole.SONGTI);
        Font bodyFont = new Font(body, 16);
        Font[] headingFonts = {new Font(BenchSupport.baseFont(FontRole.HEITI), 16),
            new Font(BenchSupport.baseFont(FontRole.KAITI), 16), bodyFont, bodyFont};
        Document doc = new Document(PageSize.A4, 79.37f, 73.7f, 104.88f, 99.21f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new com.lowagie.text.pdf.PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                var cb = w.getDirectContent();
                cb.beginText();
                cb.setFontAndSize(song, 14);
                cb.showTextAligned(com.lowagie.text.Element.ALIGN_RIGHT, "— " + w.getPageNumber() + " —", 507,
                        70, 0);
                cb.endText();
            }
        });
        doc.open();
        Paragraph t = new Paragraph(report.metadata().title(), new Font(title, 22));
        t.setAlignment(Paragraph.ALIGN_CENTER);
        doc.add(t);
        for (Block b : report.body()) {
            Paragraph p;
            if (b instanceof Heading h) {
                p = new Paragraph(h.number() + h.plainText() + Inline.plainText(h.runIn()),
                        headingFonts[h.level() - 1]);
            } else if (b instanceof io.github.wenshu.model.Paragraph para) {
                p = new Paragraph(para.plainText(), bodyFont);
            } else {
                continue;
            }
            p.setLeading(28.95f);
            p.setFirstLineIndent(31.6f);
            p.setAlignment(Paragraph.ALIGN_JUSTIFIED);
            doc.add(p);
        }
        doc.close();
        return writer.getPageNumber();
    }

    private static Report repeat(Report r, int copies) {
        Report.Builder b = Report.builder().metadata(r.metadata());
        for (int i = 0; i < copies; i++) {
            b.addAll(r.body());
        }
        return b.build();
    }

    private static void resetPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static double peakMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1024.0 / 1024.0;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
