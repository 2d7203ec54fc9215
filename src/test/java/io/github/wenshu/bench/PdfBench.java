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

        long t0 = System.nanoTime();
        int firstPages = wenshu.run(example);
        double firstWenshu = ms(System.nanoTime() - t0);
        t0 = System.nanoTime();
        naive.run(example);
        double firstNaive = ms(System.nanoTime() - t0);
        System.out.printf("first document in a fresh JVM: wenshu %.0f ms (%d pages), naive %.0f ms%n",
                firstWenshu, firstPages, firstNaive);

        System.out.println("| document | pages | wenshu ms | naive ms | ratio | wenshu ms/page | peak heap wenshu MB | peak heap naive MB |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int copies : new int[] {1, 10, 100}) {
            Report r = repeat(example, copies);
            int rounds = copies == 1 ? 60 : copies == 10 ? 12 : 5;
            Result w = measure(wenshu, r, rounds);
            Result n = measure(naive, r, rounds);
            System.out.printf("| example ×%d | %d | %.1f | %.1f | %.2f | %.2f | %.0f | %.0f |%n", copies, w.pages,
                    w.ms, n.ms, w.ms / n.ms, w.ms / w.pages, w.peakMb, n.peakMb);
        }
    }

    private record Result(int pages, double ms, double peakMb) {
    }

    private static Result measure(Job job, Report r, int rounds) throws Exception {
        int pages = 0;
        for (int i = 0; i < Math.max(3, rounds / 3); i++) {
            pages = job.run(r);
        }
        System.gc();
        resetPeak();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            job.run(r);
            times.add(ms(System.nanoTime() - t));
        }
        times.sort(Double::compare);
        return new Result(pages, times.get(times.size() / 2), peakMb());
    }

    /** The baseline: OpenPDF lays out each block as a Paragraph with its own line breaking. */
    private static int naive(Report report) throws Exception {
        BaseFont body = BenchSupport.baseFont(FontRole.FANGSONG);
        BaseFont hei = BenchSupport.baseFont(FontRole.HEITI);
        BaseFont title = BenchSupport.baseFont(FontRole.XIAOBIAOSONG);
        Font bodyFont = new Font(body, 16);
        Font headingFont = new Font(hei, 16);
        Document doc = new Document(PageSize.A4, 79.37f, 73.7f, 104.88f, 99.21f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        Paragraph t = new Paragraph(report.metadata().title(), new Font(title, 22));
        t.setAlignment(Paragraph.ALIGN_CENTER);
        doc.add(t);
        for (Block b : report.body()) {
            Paragraph p;
            if (b instanceof Heading h) {
                p = new Paragraph(h.number() + h.plainText() + Inline.plainText(h.runIn()), headingFont);
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
