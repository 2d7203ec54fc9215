package io.github.wenshu.export.pdf;

import io.github.wenshu.layout.Align;
import io.github.wenshu.layout.Measure;
import io.github.wenshu.model.Attendance;
import io.github.wenshu.model.Metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * What follows the body (§7.3.4–§7.3.7, §10.3): 附件说明 one line below the body, 纪要 attendance lines,
 * 署名 and 成文日期 by the seal or no-seal rule, and the 附注 in brackets on the line below the date.
 */
final class ClosingComposer {

    private final PdfContext ctx;
    private final PageComposer pages;
    private final BodyComposer body;

    ClosingComposer(PdfContext ctx, PageComposer pages, BodyComposer body) {
        this.ctx = ctx;
        this.pages = pages;
        this.body = body;
    }

    void compose(Metadata m) {
        attachmentNotes(m.attachmentNotes());
        attendance(m.attendance());
        new SignatureBlock(ctx, pages).compose(m);
        if (m.note() != null && !m.note().isBlank()) {
            ShapedText t = ctx.text("（" + m.note().strip() + "）", ctx.style().bodyFont(), ctx.style().bodySize(),
                    "metadata.note");
            body.lines(t, ctx.bodyMeasure(ctx.style().firstLineIndentChars(), 0, Align.JUSTIFY));
        }
    }

    /** "附件：1. 名称" with later items under "1." and wrapped names under the name's first character. */
    private void attachmentNotes(List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        pages.skip(1);
        float size = ctx.style().bodySize();
        float indent = ctx.style().firstLineIndentChars() * ctx.frame().charPitch();
        ShapedText label = ctx.text("附件：", ctx.style().bodyFont(), size, "metadata.attachmentNotes");
        float labelWidth = PdfContext.width(label);
        for (int i = 0; i < notes.size(); i++) {
            String location = "metadata.attachmentNotes[" + i + "]";
            String number = notes.size() == 1 ? "" : (i + 1) + ".";
            String name = notes.get(i).strip().replaceAll("[。；，,.;]+$", "");
            ShapedText numberText = ctx.text(number, ctx.style().bodyFont(), size, location);
            ShapedText t = ctx.text((i == 0 ? "附件：" : "") + number + name, ctx.style().bodyFont(), size, location);
            float first = i == 0 ? indent : indent + labelWidth;
            float rest = indent + labelWidth + PdfContext.width(numberText);
            body.lines(t, new Measure(ctx.frame().bodyWidth(), first, rest, Align.JUSTIFY));
        }
    }

    /** "出席：" in the label face, then the names; wrapped names align after the colon. */
    private void attendance(List<Attendance> lines) {
        if (lines.isEmpty()) {
            return;
        }
        pages.skip(1);
        float size = ctx.style().bodySize();
        float indent = ctx.style().firstLineIndentChars() * ctx.frame().charPitch();
        for (int i = 0; i < lines.size(); i++) {
            Attendance a = lines.get(i);
            String location = "metadata.attendance[" + i + "]";
            String label = a.label().endsWith("：") ? a.label() : a.label() + "：";
            ShapedText t = new ShapedText(64);
            ctx.shaper().append(t, label, ctx.textStyle(ctx.style().labelFont(), size), location);
            float labelWidth = PdfContext.width(t);
            ctx.shaper().append(t, String.join("、", a.names()), ctx.bodyStyle(), location);
            body.lines(t, new Measure(ctx.frame().bodyWidth(), indent, indent + labelWidth, Align.JUSTIFY));
        }
    }

    static List<String> nonBlank(List<String> list) {
        List<String> out = new ArrayList<>();
        for (String s : list) {
            if (s != null && !s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
