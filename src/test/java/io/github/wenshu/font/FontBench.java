package io.github.wenshu.font;

import io.github.wenshu.style.FontRole;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Measures reading and parsing each bundled face, splitting text and drawing a PDF. Not a test: run with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.wenshu.font.FontBench}.
 */
public final class FontBench {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        FontSet fonts = FontSet.bundled();
        System.out.printf("bundled(): %.1f ms%n", ms(t0));
        for (String file : List.of("FandolFang-Regular.ttf", "FandolHei-Regular.ttf", "FandolKai-Regular.ttf",
                "NotoSerifCJKsc-Bold.ttf", "NotoSerifCJKsc-Regular.ttf")) {
            long t = CPU.getCurrentThreadCpuTime();
            byte[] data = BundledFonts.read(file);
            double read = cpuMs(t);
            t = CPU.getCurrentThreadCpuTime();
            FontData.openPdfFont(file, -1, data);
            double parse = cpuMs(t);
            t = CPU.getCurrentThreadCpuTime();
            GlyfSubset.standalone(GlyfTables.parse(data, -1, file), Set.of((int) '中'), null);
            double subset = cpuMs(t);
            System.out.printf("%-28s %6.1f MB  CPU: read %5.1f ms  OpenPDF parse %6.1f ms  parse+subset %6.1f ms%n",
                    file, data.length / 1e6, read, parse, subset);
        }
        for (FontRole role : FontRole.values()) {
            long t = System.nanoTime();
            fonts.face(role).canDisplay('中');
            System.out.printf("first use of %-12s %6.1f ms%n", role, ms(t));
        }
        String text = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：张堃、李喆、王镕同志".repeat(50);
        FontChain chain = fonts.chain(FontRole.FANGSONG);
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 30; round++) {
            long t = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < 100; i++) {
                chain.split(text);
            }
            best = Math.min(best, cpuMs(t));
        }
        System.out.printf("split %d chars x100: best CPU %.2f ms = %.0f ns/char%n", text.length(), best,
                best * 1e6 / (100.0 * text.length()));
        List<PdfFonts.Line> lines = java.util.stream.IntStream.range(0, 22 * 9)
                .mapToObj(i -> new PdfFonts.Line(FontRole.values()[i % 5], text.substring(i % 40, i % 40 + 28)))
                .collect(Collectors.toList());
        for (int round = 0; round < 8; round++) {
            long t = System.nanoTime();
            long c = CPU.getCurrentThreadCpuTime();
            byte[] pdf = PdfFonts.draw(fonts, lines);
            System.out.printf("draw 198 lines (one page), 5 fonts: %.1f ms (CPU %.1f ms), %d bytes%n", ms(t), cpuMs(c),
                    pdf.length);
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double cpuMs(long startCpu) {
        return (CPU.getCurrentThreadCpuTime() - startCpu) / 1e6;
    }

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();
}
