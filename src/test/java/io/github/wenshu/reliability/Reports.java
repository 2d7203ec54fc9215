package io.github.wenshu.reliability;

import io.github.wenshu.model.Attachment;
import io.github.wenshu.model.Block;
import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.ImageSource;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.InlineStyle;
import io.github.wenshu.model.ListBlock;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.PageBreak;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.model.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Random reports with every block type: headings with and without literal numbers and run-in text,
 * paragraphs of styled runs and links, lists nested up to 40 levels (the default limit is 32), tables with
 * column and row spans, figures with tiny generated PNGs, page breaks, attachments and every metadata part.
 *
 * <pre>{@code
 * Report r = Reports.any(new Gen(seed));
 * }</pre>
 */
final class Reports {

    private Reports() {
    }

    static Report any(Gen g) {
        Metadata meta = metadata(g);
        List<Block> body = g.list(0, 8, () -> block(g));
        List<Attachment> attachments = g.list(0, 2, () -> new Attachment(g.orNull(0.3, () -> g.pick("1", "2", "")),
                Texts.shortText(g), g.list(0, 3, () -> block(g))));
        return new Report(meta, body, attachments);
    }

    static Metadata metadata(Gen g) {
        LocalDate date = g.orNull(0.3, () -> LocalDate.of(1990, 1, 1).plusDays(g.between(0, 40000)));
        return Metadata.builder().form(g.pick(DocumentForm.values()))
                .title(g.orNull(0.3, () -> Texts.shortText(g)))
                .docNumber(g.orNull(0.5, () -> Texts.shortText(g)))
                .issuers(g.list(0, 3, () -> Texts.shortText(g)))
                .addressees(g.orNull(0.5, () -> Texts.shortText(g)))
                .note(g.orNull(0.6, () -> Texts.shortText(g)))
                .signatures(g.list(0, 3, () -> Texts.shortText(g)))
                .copyTo(g.list(0, 3, () -> Texts.shortText(g)))
                .attachmentNotes(g.list(0, 3, () -> Texts.shortText(g)))
                .printer(g.orNull(0.6, () -> Texts.shortText(g)))
                .date(date).printDate(date).sealed(g.chance(0.3))
                .build();
    }

    static Block block(Gen g) {
        return g.weighted(
                6, (Function<Gen, Block>) Reports::paragraph,
                3, (Function<Gen, Block>) Reports::heading,
                2, (Function<Gen, Block>) x -> list(x, 0),
                1, (Function<Gen, Block>) Reports::deepList,
                2, (Function<Gen, Block>) Reports::table,
                1, (Function<Gen, Block>) Reports::figure,
                1, (Function<Gen, Block>) x -> PageBreak.INSTANCE);
    }

    static List<Inline> runs(Gen g) {
        return g.list(1, 3, () -> {
            Set<InlineStyle> styles = EnumSet.noneOf(InlineStyle.class);
            for (int i = g.between(0, 2); i > 0; i--) {
                styles.add(g.pick(InlineStyle.values()));
            }
            String link = g.orNull(0.85, () -> g.pick("https://example.org/a?b=1&c=<d>", "mailto:x@y.cn", "#top",
                    "相对/路径", " "));
            return new Inline(Texts.paragraph(g), styles, link);
        });
    }

    static Block paragraph(Gen g) {
        return new Paragraph(runs(g));
    }

    static Block heading(Gen g) {
        return new Heading(g.between(1, 4), g.orNull(0.6, () -> g.pick("一、", "（三）", "12.", "（1）", "", "第一章")),
                runs(g), g.chance(0.7) ? null : runs(g));
    }

    static Block list(Gen g, int depth) {
        List<ListBlock.ListItem> items = g.list(1, 4, () -> {
            List<Block> children = depth >= 3 || g.chance(0.6) ? List.of()
                    : g.chance(0.5) ? List.of(list(g, depth + 1)) : List.of(paragraph(g));
            return new ListBlock.ListItem(runs(g), children);
        });
        return new ListBlock(g.chance(0.5), items);
    }

    /** A list nested 1 to 40 levels deep, one item per level. */
    static Block deepList(Gen g) {
        int levels = g.between(1, 40);
        ListBlock inner = ListBlock.of(true, Texts.shortText(g));
        for (int i = 1; i < levels; i++) {
            inner = new ListBlock(i % 2 == 0, List.of(new ListBlock.ListItem(
                    List.of(Inline.plain("第" + i + "层")), List.of(inner))));
        }
        return inner;
    }

    /** A grid of rows × columns cut into rectangles: column and row spans where the dice say so. */
    static Block table(Gen g) {
        int rows = g.between(1, 6);
        int cols = g.between(1, 5);
        boolean[][] taken = new boolean[rows][cols];
        List<Table.Row> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Table.Cell> cells = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                if (taken[r][c]) {
                    continue;
                }
                int cs = 1;
                while (c + cs < cols && !taken[r][c + cs] && g.chance(0.25)) {
                    cs++;
                }
                int rs = 1;
                while (r + rs < rows && g.chance(0.25)) {
                    rs++;
                }
                for (int y = r; y < r + rs; y++) {
                    for (int x = c; x < c + cs; x++) {
                        taken[y][x] = true;
                    }
                }
                cells.add(Table.Cell.of(Texts.shortText(g)).span(cs, rs));
            }
            out.add(new Table.Row(cells));
        }
        return new Table(g.orNull(0.5, () -> Texts.shortText(g)), List.of(), out, Math.min(g.between(0, 2), rows),
                g.chance(0.2));
    }

    static Block figure(Gen g) {
        int w = g.between(1, 12);
        int h = g.between(1, 12);
        return new Figure(new ImageSource.Data(TinyPng.of(w, h, g.between(0, 0xFFFFFF)), "图" + w + "x" + h + ".png"),
                g.orNull(0.3, () -> Texts.shortText(g)), g.chance(0.5) ? null : 5 + 395 * (g.between(0, 1000) / 1000.0));
    }
}
