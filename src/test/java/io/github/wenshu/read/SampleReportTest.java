package io.github.wenshu.read;

import io.github.wenshu.model.Block;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published Bao'an 2024 report, pasted as plain text, gives the expected tree. */
class SampleReportTest {

    private static final Path TEXT = Path.of("examples/baoan-2024-report.txt");
    private static Report report;

    @BeforeAll
    static void read() throws IOException {
        report = Readers.read(TEXT);
    }

    private static List<Heading> headings(int level) {
        return report.body().stream().filter(b -> b instanceof Heading h && h.level() == level)
                .map(Heading.class::cast).toList();
    }

    @Test
    void headingCountsPerLevel() {
        assertEquals(6, headings(1).size());
        assertEquals(13, headings(2).size());
        assertEquals(20, headings(3).size());
        assertEquals(0, headings(4).size());
    }

    @Test
    void levelThreeHeadingsAreRunInAndKeepTheirText() {
        Heading first = headings(3).get(0);
        assertEquals("1.", first.number());
        assertEquals("优化机构服务职能持续营造法治化营商环境。", first.plainText());
        assertTrue(Inline.plainText(first.runIn()).startsWith("一是推动律师行业高质量发展。"));
        assertTrue(Inline.plainText(first.runIn()).endsWith("进一步便民惠企。"));
        assertTrue(headings(3).stream().allMatch(Heading::isRunIn));
    }

    @Test
    void givenNumbersAreKeptWithFullWidthBrackets() {
        assertEquals(List.of("一、", "二、", "三、", "四、", "五、", "六、"),
                headings(1).stream().map(Heading::number).toList());
        assertEquals("（一）", headings(2).get(0).number());
        assertEquals("（十）", headings(2).get(9).number());
        assertEquals("2024年度推进法治政府建设相关亮点", headings(2).get(0).plainText());
    }

    @Test
    void titleAndClosingAreMetadata() {
        assertEquals("深圳市宝安区司法局2024年法治政府建设年度报告", report.metadata().title());
        assertEquals(List.of("深圳市宝安区司法局"), report.metadata().signatures());
        assertEquals(LocalDate.of(2024, 12, 19), report.metadata().date());
        assertEquals(null, report.metadata().addressees());
    }

    @Test
    void halfWidthPunctuationNextToChineseBecomesFullWidth() {
        Paragraph opening = (Paragraph) report.body().get(0);
        assertTrue(opening.plainText().startsWith("2024年，宝安区司法局"));
        assertTrue(opening.plainText().endsWith("现将有关情况报告如下："));
        String all = report.body().stream().map(SampleReportTest::text).reduce("", String::concat);
        assertFalse(all.matches("(?s).*[\\p{IsHan}][,;:?!()].*"), "half-width mark after a Chinese character");
        assertTrue(all.contains("99.88%"), "a decimal point stays");
    }

    @Test
    void noLineIsLost() throws IOException {
        List<String> lines = Files.readAllLines(TEXT).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        int blocks = report.body().size();
        int metadataLines = 1 + 1 + 1;
        assertEquals(lines.size(), blocks + metadataLines);
    }

    private static String text(Block b) {
        if (b instanceof Heading h) {
            return h.number() + h.plainText() + Inline.plainText(h.runIn());
        }
        return b instanceof Paragraph p ? p.plainText() : "";
    }
}
