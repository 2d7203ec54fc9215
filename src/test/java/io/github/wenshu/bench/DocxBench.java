package io.github.wenshu.bench;

import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.docx.DocxExporter;
import io.github.wenshu.model.Block;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.Readers;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * DOCX speed beside a naive POI program that writes the same paragraphs with no styles, same run, interleaved:
 * warm median time and peak heap for the example and the example ×100, with and without font embedding.
 * Not run by tests: {@code java -cp target/test-classes:target/classes:CP io.github.wenshu.bench.DocxBench}.
 */
public final class DocxBench {

    private DocxBench() {
    }

    public static void main(String[] args) throws Exception {
        Report example = Readers.read(Path.of(args.length > 0 ? args[0] : "examples/baoan-2024-report.txt"));
        Report.Builder big = Report.builder().metadata(example.metadata());
        for (int i = 0; i < 100; i++) {
            big.addAll(example.body());
        }
        DocxExporter docx = new DocxExporter();
        ExportOptions plain = ExportOptions.defaults().withTimestamp(Instant.EPOCH).withEmbedFonts(false);
        ExportOptions embedded = plain.withEmbedFonts(true);
        List<Contender<Report>> contenders = List.of(
                Contender.of("naive-poi", DocxBench::naive),
                Contender.of("wenshu-docx", r -> export(docx, r, plain)),
                Contender.of("wenshu-docx-embed", r -> export(docx, r, embedded)));
        System.out.printf("%-10s %-18s %10s %10s %10s %12s %10s%n", "workload", "contender", "median ms", "p25 ms",
                "p75 ms", "peak heap MB", "bytes");
        for (Map.Entry<String, Report> w : Map.of("example", example, "example×100", big.build()).entrySet()) {
            boolean large = w.getKey().contains("100");
            var plan = large ? new AlternatingRunner.Plan(3, 8, 40, 6.0) : new AlternatingRunner.Plan(30, 30, 400, 4.0);
            Map<String, AlternatingRunner.Result> results = new AlternatingRunner<Report>(plan).run(contenders,
                    w.getValue());
            for (Contender<Report> c : contenders) {
                AlternatingRunner.Result r = results.get(c.name());
                double peak = peakHeapMb(c, w.getValue());
                System.out.printf("%-10s %-18s %10.2f %10.2f %10.2f %12.1f %10d%n", w.getKey(), c.name(),
                        r.time().medianMillis(), r.time().p25Millis(), r.time().p75Millis(), peak,
                        r.lastOutput().length);
            }
        }
    }

    private static byte[] export(DocxExporter docx, Report r, ExportOptions o) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        docx.export(r, o, out);
        return out.toByteArray();
    }

    /** The same paragraphs through POI's XWPF with no styles, numbering, footers or fonts. */
    static byte[] naive(Report r) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (r.metadata().title() != null) {
                doc.createParagraph().createRun().setText(r.metadata().title());
            }
            for (Block b : r.body()) {
                String text = b instanceof Heading h ? h.number() + h.plainText() + Inline.plainText(h.runIn())
                        : b instanceof Paragraph p ? p.plainText() : null;
                if (text != null) {
                    doc.createParagraph().createRun().setText(text);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Peak heap used over a few runs of one contender after a collection: what a run needs, garbage included. */
    private static double peakHeapMb(Contender<Report> c, Report input) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long base = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        for (int i = 0; i < 3; i++) {
            c.produce(input);
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return Math.max(0, peak - base) / 1e6;
    }
}
