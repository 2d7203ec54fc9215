package io.github.wenshu.bench;

import io.github.wenshu.model.Report;

import java.util.List;

/**
 * One benchmark input in the forms the contenders take: the report for Wenshu, its flattened text for the
 * naive programs, and an equivalent XHTML page for Flying Saucer. Built once, before any timing.
 *
 * <pre>{@code
 * Workload w = Workload.of("example", report, BenchFont.find());
 * }</pre>
 */
record Workload(String name, Report report, List<PlainBlock> blocks, String xhtml) {

    static Workload of(String name, Report report, BenchFont font) {
        List<PlainBlock> blocks = PlainBlock.of(report);
        return new Workload(name, report, blocks, XhtmlPage.of(blocks, font.family()));
    }

    /** The number of characters of text, for a sanity check that contenders got the same input. */
    int characters() {
        int n = 0;
        for (PlainBlock b : blocks) {
            if (b instanceof PlainBlock.Title t) {
                n += t.text().length();
            } else if (b instanceof PlainBlock.Heading h) {
                n += h.text().length();
            } else if (b instanceof PlainBlock.Para p) {
                n += p.text().length();
            } else if (b instanceof PlainBlock.Grid g) {
                n += g.rows().stream().flatMap(List::stream).mapToInt(String::length).sum();
            }
        }
        return n;
    }
}
