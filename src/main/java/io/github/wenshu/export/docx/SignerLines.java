package io.github.wenshu.export.docx;

import io.github.wenshu.model.Metadata;
import io.github.wenshu.style.FontRole;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The 发文字号 with the 签发人 of an upward document (GB/T 9704 §7.2.5–7.2.6): "签发人：" in 仿宋 and the names in
 * 楷体, two to a line, right with one character of space, later lines aligned under the first name; the 发文字号
 * flush left with one character of space on the line of the last names. Positions are left tab stops computed
 * from the faces' advances, so the names line up whatever the renderer does with the spaces. The last line
 * carries the red rule when there is a mark.
 *
 * <pre>{@code
 * new SignerLines(ctx, paragraphs, runs).write(x, metadata, true);
 * }</pre>
 */
final class SignerLines {

    private final DocxContext ctx;
    private final ParagraphStarter paragraphs;
    private final RunWriter runs;

    SignerLines(DocxContext ctx, ParagraphStarter paragraphs, RunWriter runs) {
        this.ctx = ctx;
        this.paragraphs = paragraphs;
        this.runs = runs;
    }

    void write(Xml x, Metadata m, boolean marked) {
        Geometry g = ctx.geometry;
        int width = g.pageWidth() - g.marginInside() - g.marginOutside();
        int one = g.chars(1);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < m.signers().size(); i += 2) {
            rows.add(String.join("\u3000", m.signers().subList(i, Math.min(i + 2, m.signers().size()))));
        }
        int widest = rows.stream().mapToInt(r -> twips(r, ctx.style.signerFont())).max().orElse(0);
        int namesAt = width - one - widest;
        int labelAt = namesAt - twips("签发人：", ctx.style.bodyFont());
        RunWriter.RunFormat body = RunWriter.RunFormat.in(ctx.style.bodyFont(), ctx);
        RunWriter.RunFormat names = RunWriter.RunFormat.in(ctx.style.signerFont(), ctx)
                .withStyleFamily(ctx.family(ctx.style.bodyFont()));
        for (int r = 0; r < rows.size(); r++) {
            boolean first = r == 0;
            boolean last = r == rows.size() - 1;
            paragraphs.open(x, StyleIds.DOC_NUMBER, props(marked && first, marked && last, one, labelAt, namesAt));
            if (last && m.docNumber() != null) {
                runs.plain(x, "\t" + m.docNumber(), body, "metadata.docNumber");
                runs.plain(x, "\t", body, "metadata.signers");
            } else {
                runs.plain(x, "\t\t", body, "metadata.signers");
            }
            runs.plain(x, first ? "签发人：" : "\t", body, "metadata.signers");
            runs.plain(x, rows.get(r), names, "metadata.signers");
            x.end();
        }
    }

    private Consumer<Xml> props(boolean spaceAbove, boolean rule, int one, int labelAt, int namesAt) {
        Consumer<Xml> line = MarkParagraphs.numberLine(ctx, spaceAbove, rule, x -> tabs(x, one, labelAt, namesAt));
        return px -> {
            line.accept(px);
            px.empty("jc", "val", "left");
        };
    }

    /** Left tab stops at the given positions (twips from the 版心's left edge). */
    private static void tabs(Xml x, int... positions) {
        x.start("tabs");
        for (int p : positions) {
            x.empty("tab", "val", "left", "pos", Integer.toString(p));
        }
        x.end();
    }

    private int twips(String text, FontRole role) {
        return (int) Math.ceil(ctx.setWidth(role, ctx.style.bodySize(), text) * 20);
    }
}
