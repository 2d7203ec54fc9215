package io.github.wenshu.bench;

import io.github.wenshu.model.Block;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.model.Table;
import io.github.wenshu.read.Readers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark inputs: the example report, the example repeated, and a long table.
 *
 * <pre>{@code
 * Report example = Workloads.readExample(Path.of("examples/baoan-2024-report.txt"));
 * Report big = Workloads.repeated(example, 100);
 * }</pre>
 */
final class Workloads {

    private static final String[] UNITS = {"区司法局", "区市场监管局", "区生态环境局", "区住房建设局", "区城管和综合执法局",
        "区交通运输局", "区应急管理局", "区卫生健康局", "区文化广电旅游体育局", "区人力资源局"};
    private static final String[] MATTERS = {"行政处罚", "行政许可", "行政检查", "行政强制", "行政征收", "行政确认"};

    /** The workload names, smallest first: ~9, ~90 and ~900 pages, and the 1,000-row table. */
    static final List<String> NAMES = List.of("example", "example-x10", "example-x100", "table-1000");

    private Workloads() {
    }

    /** Builds a workload from its name: "example", "example-xN" or "table-N". */
    static Workload byName(String name, Path example, BenchFont font) throws IOException {
        Report report;
        if (name.equals("example")) {
            report = readExample(example);
        } else if (name.startsWith("example-x")) {
            report = repeated(readExample(example), Integer.parseInt(name.substring("example-x".length())));
        } else if (name.equals("tiny")) {
            report = tiny();
        } else if (name.startsWith("table-")) {
            report = table(Integer.parseInt(name.substring("table-".length())));
        } else {
            throw new IllegalArgumentException("unknown workload " + name + "; known: " + NAMES);
        }
        return Workload.of(name, report, font);
    }

    /** The example text through Wenshu's text reader, or a simple line splitter while that reader is missing. */
    static Report readExample(Path file) throws IOException {
        if (Readers.forExtension("txt").isPresent()) {
            return Readers.read(file);
        }
        return FallbackTextReport.parse(Files.readAllLines(file));
    }

    /** The body {@code times} over under one title: ~9 pages become ~900. */
    static Report repeated(Report report, int times) {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            body.addAll(report.body());
        }
        return new Report(report.metadata(), body, report.attachments());
    }

    /** A few lines and a small table, for checking that the bench runs at all. */
    static Report tiny() {
        return Report.builder()
                .metadata(Metadata.builder().title("基准测试样例").build())
                .add(io.github.wenshu.model.Heading.of(1, "一、", "总体情况"))
                .add(Paragraph.of("全年共办理法律援助案件13087宗，同比增长百分之十二。"))
                .add(Table.builder().header("项目", "数量").row("自然人", "56").row("法人", "12").build())
                .build();
    }

    /** A statistics report: a short introduction and a table of {@code rows} rows with a repeated header. */
    static Report table(int rows) {
        Table.Builder t = Table.builder().caption("表1 2024年度行政执法案件办理情况")
                .header("序号", "执法单位", "执法类别", "案件数", "办结率");
        for (int i = 1; i <= rows; i++) {
            t.row(String.valueOf(i), UNITS[i % UNITS.length], MATTERS[(i * 7) % MATTERS.length],
                    String.valueOf(100 + (i * 37) % 900), (90 + (i * 13) % 10) + "." + (i % 10) + "%");
        }
        return Report.builder()
                .metadata(Metadata.builder().title("宝安区2024年度行政执法统计报告").build())
                .add(Paragraph.of("现将2024年度全区行政执法案件办理情况统计如下："))
                .add(t.build())
                .build();
    }
}
