package io.github.wenshu.bench;

import io.github.wenshu.model.Attachment;
import io.github.wenshu.model.Block;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.ListBlock;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.model.Report;
import io.github.wenshu.model.Table;

import java.util.ArrayList;
import java.util.List;

/** Flattens a {@link Report} into {@link PlainBlock}s so that every contender gets the same text. */
final class PlainText {

    private PlainText() {
    }

    static List<PlainBlock> flatten(Report report) {
        List<PlainBlock> out = new ArrayList<>();
        Metadata m = report.metadata();
        m.titleLines().forEach(t -> out.add(new PlainBlock.Title(t)));
        if (m.addressees() != null) {
            out.add(new PlainBlock.Para(m.addressees()));
        }
        report.body().forEach(b -> add(b, out));
        m.signatures().forEach(s -> out.add(new PlainBlock.Para(s)));
        if (m.date() != null) {
            out.add(new PlainBlock.Para(m.date().getYear() + "年" + m.date().getMonthValue() + "月"
                    + m.date().getDayOfMonth() + "日"));
        }
        for (Attachment a : report.attachments()) {
            out.add(new PlainBlock.Title(a.title()));
            a.blocks().forEach(b -> add(b, out));
        }
        return out;
    }

    private static void add(Block block, List<PlainBlock> out) {
        if (block instanceof Heading h) {
            out.add(new PlainBlock.Heading(h.level(),
                    (h.number() == null ? "" : h.number()) + h.plainText() + Inline.plainText(h.runIn())));
        } else if (block instanceof Paragraph p) {
            out.add(new PlainBlock.Para(p.plainText()));
        } else if (block instanceof ListBlock l) {
            for (ListBlock.ListItem item : l.items()) {
                out.add(new PlainBlock.Para(Inline.plainText(item.text())));
                item.children().forEach(c -> add(c, out));
            }
        } else if (block instanceof Table t) {
            out.add(new PlainBlock.Grid(t.caption(), t.headerRows(),
                    t.rows().stream().map(r -> r.cells().stream().map(Table.Cell::plainText).toList()).toList()));
        }
    }
}
