package io.github.wenshu.export.pdf;

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

/** The example report built from the shared sample's paragraphs (headings 一、/（一）/1. run-in). */
final class SampleReport {

    static final Path FILE = Path.of("/work/shared/samples/baoan-2024-fazhi-zhengfu-report.txt");
    private static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十]+、)(.*)$");
    private static final Pattern LEVEL2 = Pattern.compile("^([（(][一二三四五六七八九十]+[）)])(.*)$");
    private static final Pattern LEVEL3 = Pattern.compile("^(\\d+\\.)([^。]{2,40}。)(.+)$");

    private SampleReport() {
    }

    static boolean available() {
        return Files.isReadable(FILE);
    }

    static String title() {
        return "深圳市宝安区司法局2024年法治政府建设年度报告";
    }

    static List<Block> blocks() throws IOException {
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (String raw : lines) {
            if (!raw.startsWith("  ")) {
                continue;
            }
            String line = raw.strip();
            Matcher m;
            if ((m = LEVEL1.matcher(line)).matches()) {
                blocks.add(Heading.of(1, m.group(1), m.group(2)));
            } else if ((m = LEVEL2.matcher(line)).matches()) {
                blocks.add(Heading.of(2, m.group(1), m.group(2)));
            } else if ((m = LEVEL3.matcher(line)).matches()) {
                blocks.add(new Heading(3, m.group(1), List.of(Inline.plain(m.group(2))),
                        List.of(Inline.plain(m.group(3)))));
            } else {
                blocks.add(Paragraph.of(line));
            }
        }
        return blocks;
    }

    static Report report(int copies) throws IOException {
        List<Block> one = blocks();
        Report.Builder b = Report.builder().metadata(Metadata.builder().title(title())
                .signatures("深圳市宝安区司法局").build());
        for (int i = 0; i < copies; i++) {
            b.addAll(one);
        }
        return b.build();
    }
}
