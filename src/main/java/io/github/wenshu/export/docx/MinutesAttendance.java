package io.github.wenshu.export.docx;

import io.github.wenshu.model.Attendance;

import java.util.List;

/**
 * The 纪要 attendance lines (GB/T 9704 §10.3): one blank line below the body, 左空二字, "出席：" in the label
 * face (黑体) and the names in the body face joined by "、", wrapped lines aligned after the colon (a hanging
 * indent as wide as the label); "请假：" and "列席：" likewise on the following lines.
 *
 * <pre>{@code
 * new MinutesAttendance(ctx, paragraphs, runs).write(x, metadata.attendance());
 * }</pre>
 */
final class MinutesAttendance {

    private static final int INDENT_CHARS = 2;

    private final DocxContext ctx;
    private final ParagraphStarter paragraphs;
    private final RunWriter runs;

    MinutesAttendance(DocxContext ctx, ParagraphStarter paragraphs, RunWriter runs) {
        this.ctx = ctx;
        this.paragraphs = paragraphs;
        this.runs = runs;
    }

    void write(Xml x, List<Attendance> lines) {
        int pitch = ctx.geometry.linePitch();
        for (int i = 0; i < lines.size(); i++) {
            Attendance a = lines.get(i);
            String loc = "metadata.attendance[" + i + "]";
            String label = a.label() + "：";
            int hanging = ctx.geometry.chars(label.codePointCount(0, label.length()));
            int before = i == 0 ? pitch : 0;
            paragraphs.open(x, StyleIds.NOTE, px -> {
                px.start("spacing").attr("before", before).attr("after", 0).attr("line", pitch)
                        .attr("lineRule", "exact").end();
                px.start("ind").attr("left", ctx.geometry.chars(INDENT_CHARS) + hanging).attr("right", 0)
                        .attr("hanging", hanging).end();
            });
            runs.plain(x, label, RunWriter.RunFormat.in(ctx.style.labelFont(), ctx)
                    .withStyleFamily(ctx.family(ctx.style.bodyFont())), loc + ".label");
            runs.plain(x, String.join("、", a.names()), RunWriter.RunFormat.in(ctx.style.bodyFont(), ctx), loc);
            x.end();
        }
    }
}
