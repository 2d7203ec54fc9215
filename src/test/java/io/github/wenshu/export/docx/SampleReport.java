package io.github.wenshu.export.docx;

import io.github.wenshu.model.Block;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example report (the 宝安区司法局 2024 report in /work/shared/samples) built in test code: web page lines
 * dropped, half-width punctuation made full-width, headings 一、/（一）/1. recognised, "1.…。" run-in.
 */
final class SampleReport {

    static final Path SAMPLE = Path.of(System.getProperty("wenshu.samples", "/work/shared/samples"),
            "baoan-2024-fazhi-zhengfu-report.txt");
    static final String TITLE = "深圳市宝安区司法局2024年法治政府建设年度报告";

    private static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十]+、)(.*)$");
    private static final Pattern LEVEL2 = Pattern.compile("^(（[一二三四五六七八九十]+）)(.*)$");
    private static final Pattern LEVEL3 = Pattern.compile("^(\\d+\\.)(.*)$");

    private SampleReport() {
    }

    static boolean available() {
        return Files.isReadable(EXAMPLE) || Files.isReadable(SAMPLE);
    }

    static final Path EXAMPLE = Path.of("examples/baoan-2024-report.txt");

    /** The example as the project's text reader reads it; the sample built here when examples/ is absent. */
    static Report load() throws IOException {
        if (Files.isReadable(EXAMPLE)) {
            return io.github.wenshu.read.Readers.read(EXAMPLE);
        }
        return build();
    }

    static Report build() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        boolean started = false;
        for (String raw : lines) {
            String line = fullWidth(raw.strip());
            if (line.isEmpty() || line.equals("触碰右侧展开")) {
                continue;
            }
            if (!started) {
                started = line.startsWith("信息来源");
                continue;
            }
            blocks.add(block(line));
        }
        return Report.builder()
                .metadata(Metadata.builder().title("深圳市宝安区司法局\n2024年法治政府建设年度报告")
                        .signatures("深圳市宝安区司法局").build())
                .addAll(blocks).build();
    }

    /** The example's body repeated {@code times} times. */
    static Report repeated(Report r, int times) {
        Report.Builder b = Report.builder().metadata(r.metadata());
        for (int i = 0; i < times; i++) {
            b.addAll(r.body());
        }
        return b.build();
    }

    static Block block(String line) {
        Matcher m = LEVEL1.matcher(line);
        if (m.matches()) {
            return Heading.of(1, m.group(1), m.group(2));
        }
        m = LEVEL2.matcher(line);
        if (m.matches()) {
            return Heading.of(2, m.group(1), m.group(2));
        }
        m = LEVEL3.matcher(line);
        if (m.matches()) {
            String rest = m.group(2);
            int stop = rest.indexOf('。');
            if (stop > 0 && stop < 40 && stop < rest.length() - 1) {
                return new Heading(3, m.group(1), List.of(Inline.plain(rest.substring(0, stop + 1))),
                        List.of(Inline.plain(rest.substring(stop + 1))));
            }
            return Heading.of(3, m.group(1), rest);
        }
        return Paragraph.of(line);
    }

    static String fullWidth(String s) {
        return s.replace(',', '，').replace(':', '：').replace(';', '；').replace('(', '（').replace(')', '）')
                .replace('?', '？').replace('!', '！');
    }
}
