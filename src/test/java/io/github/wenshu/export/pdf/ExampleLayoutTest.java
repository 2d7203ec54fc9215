package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.CharClass;
import io.github.wenshu.model.Block;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.wenshu.export.pdf.PdfFixture.FIRST_BASELINE;
import static io.github.wenshu.export.pdf.PdfFixture.PITCH;
import static io.github.wenshu.export.pdf.PdfFixture.mm;
import static io.github.wenshu.export.pdf.PdfFixture.toMm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The example report, read back with PDFBox, against the grid and line rules of GB/T 9704. */
class ExampleLayoutTest {

    private static final java.util.regex.Pattern HEADING =
            java.util.regex.Pattern.compile("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+\\.|（\\d+）)");

    private static Report report;
    private static PdfFixture.Rendered rendered;
    private static List<List<PdfLines.Line>> pages;

    @BeforeAll
    static void render() throws Exception {
        report = PdfFixture.example();
        rendered = PdfFixture.render(report);
        pages = PdfLines.read(rendered.pdf());
    }

    /** The lines of a page without its page number. */
    private static List<PdfLines.Line> body(int page) {
        List<PdfLines.Line> lines = new ArrayList<>(pages.get(page - 1));
        lines.removeIf(l -> l.y() < mm(35));
        return lines;
    }

    private static float left(int page) {
        return mm(page % 2 == 1 ? 28 : 26);
    }

    /**
     * Every page but the first and last has 22 lines on the grid. The one allowed exception is the page before a
     * standalone heading that did not fit with the line after it (a heading never ends a page): that page ends
     * short by fewer lines than the heading needed.
     */
    @Test
    void everyInnerPageHas22LinesOnTheGrid() {
        assertTrue(pages.size() >= 3, "the example takes several pages");
        int shortPages = 0;
        for (int p = 2; p < pages.size(); p++) {
            List<PdfLines.Line> lines = body(p);
            if (lines.size() < 22) {
                shortPages++;
                PdfLines.Line next = body(p + 1).get(0);
                assertTrue(HEADING.matcher(next.text()).find(), "page " + p + " has " + lines.size()
                        + " lines and page " + (p + 1) + " starts with " + next.text());
                int headingLines = 3;
                assertTrue(22 - lines.size() <= headingLines, "page " + p + " is " + (22 - lines.size())
                        + " lines short; a chain of headings needs at most " + headingLines);
            }
            for (int row = 0; row < lines.size(); row++) {
                float expected = FIRST_BASELINE - row * PITCH;
                assertEquals(expected, lines.get(row).y(), 0.5f, "baseline of line " + row + " on page " + p);
            }
        }
        assertTrue(shortPages <= pages.size() / 4, shortPages + " short pages");
    }

    @Test
    void fullLinesStartAt28AndEndAt184mmWith28Characters() {
        int uniformLines = 0;
        for (int p = 1; p <= pages.size(); p++) {
            List<PdfLines.Line> lines = body(p);
            for (int i = 0; i + 1 < lines.size(); i++) {
                PdfLines.Line line = lines.get(i);
                boolean continued = Math.abs(lines.get(i + 1).left() - left(p)) < 0.5f
                        && lines.get(i + 1).glyphs().get(0).size() == 16f && line.glyphs().get(0).size() == 16f;
                if (!continued) {
                    continue;
                }
                String where = "page " + p + " line " + i + " " + line.text();
                float start = line.left();
                assertTrue(Math.abs(start - left(p)) < mm(0.5) || Math.abs(start - left(p) - mm(156.0 / 14)) < mm(0.5),
                        where + " starts at " + toMm(start));
                assertEquals(toMm(left(p)) + 156, toMm(inkRight(line)), 0.5, where);
                if (isUniformFullWidth(line)) {
                    uniformLines++;
                    int indent = Math.round((start - left(p)) / (mm(156) / 28));
                    assertEquals(28 - indent, line.glyphs().size(), where);
                }
            }
        }
        assertTrue(uniformLines > 50, "lines of only full-width characters at the grid pitch: " + uniformLines);
    }

    /**
     * The right edge of a line's last glyph; a full-width closing mark at the end of a line may lose the blank
     * half of its cell (行末点号压缩), so its ink ends half a cell after its start.
     */
    private static float inkRight(PdfLines.Line line) {
        PdfLines.Glyph last = line.glyphs().get(line.glyphs().size() - 1);
        boolean squeezed = CharClass.squeezesAfter(last.text().codePointAt(0)) && last.right() > mm(184.5)
                - (line.page() % 2 == 0 ? mm(2) : 0);
        return squeezed ? Math.max(last.x() + last.size() / 2, last.right() - last.size() / 2) : last.right();
    }

    private static boolean isUniformFullWidth(PdfLines.Line line) {
        List<PdfLines.Glyph> g = line.glyphs();
        for (int i = 1; i < g.size(); i++) {
            float step = g.get(i).x() - g.get(i - 1).x();
            if (Math.abs(step - mm(156) / 28) > 0.05f) {
                return false;
            }
        }
        return g.size() > 20;
    }

    @Test
    void noLineStartsWithAClosingMarkOrEndsWithAnOpeningMark() {
        for (List<PdfLines.Line> page : pages) {
            for (PdfLines.Line line : page) {
                String t = line.text();
                if (CharClass.isClosing(t.codePointAt(0)) || CharClass.isOpening(t.codePointBefore(t.length()))) {
                    fail("page " + line.page() + ": " + t);
                }
            }
        }
    }

    @Test
    void textReadBackEqualsTheInput() {
        StringBuilder expected = new StringBuilder(report.metadata().title());
        int[] counters = new int[5];
        for (Block b : report.body()) {
            if (b instanceof Paragraph p) {
                expected.append(p.plainText());
            } else if (b instanceof Heading h) {
                expected.append(h.number()).append(h.plainText())
                        .append(io.github.wenshu.model.Inline.plainText(h.runIn()));
            }
        }
        report.metadata().signatures().forEach(expected::append);
        if (report.metadata().date() != null) {
            expected.append(ChineseDates.format(report.metadata().date()));
        }
        StringBuilder actual = new StringBuilder();
        for (int p = 1; p <= pages.size(); p++) {
            body(p).forEach(l -> actual.append(l.text()));
        }
        String want = expected.toString().replaceAll("\\s", "");
        String got = actual.toString().replaceAll("\\s", "");
        int at = 0;
        while (at < Math.min(want.length(), got.length()) && want.charAt(at) == got.charAt(at)) {
            at++;
        }
        assertEquals(want.length(), got.length(), "differs at " + at + ": " + got.substring(Math.max(0, at - 20),
                Math.min(got.length(), at + 20)));
        assertEquals(want, got);
    }

    @Test
    void pageNumbersSitOnTheRightSideAndHeight() {
        float dash = PdfFixture.PAGE_H - mm(37 + 225 + 7);
        for (int p = 1; p <= pages.size(); p++) {
            List<PdfLines.Line> lines = pages.get(p - 1);
            PdfLines.Line number = lines.get(lines.size() - 1);
            assertEquals("—" + p + "—", number.text().replace(" ", ""), "page " + p);
            float size = number.glyphs().get(0).size();
            assertEquals(14f, size, 0.01f);
            float middle = number.y() + 0.25f * size;
            assertEquals(dash, middle, 0.15f * size, "dash height on page " + p);
            if (p % 2 == 1) {
                assertEquals(184 - 14 / 72.0 * 25.4, toMm(number.right()), 0.5, "odd page " + p + " right");
            } else {
                assertEquals(26 + 14 / 72.0 * 25.4, toMm(number.left()), 0.5, "even page " + p + " left");
            }
        }
    }

    @Test
    void titleIs22ptInTheTitleFaceCentredOnTheGrid() {
        PdfLines.Line first = pages.get(0).get(0);
        String face = PdfFixture.faces().chain(io.github.wenshu.style.FontRole.XIAOBIAOSONG).get(0)
                .baseFont().getPostscriptFontName();
        for (PdfLines.Glyph g : first.glyphs()) {
            assertEquals(22f, g.size(), 0.01f);
            assertTrue(g.font().contains(face), g.font() + " is not " + face);
        }
        float centre = (first.left() + first.right()) / 2;
        assertEquals(mm(28 + 78), centre, 1f);
        float titleBaseline = PdfFixture.BODY_TOP - ((PITCH - 22) / 2 + 0.88f * 22);
        assertEquals(titleBaseline, first.y(), 0.5f);
    }
}
