package io.github.wenshu.export.docx;

import io.github.wenshu.export.MarkIssuers;
import io.github.wenshu.model.Metadata;
import io.github.wenshu.style.FontRole;
import io.github.wenshu.style.Units;

import java.util.ArrayList;
import java.util.List;

/**
 * The 信函格式 head in WordprocessingML (GB/T 9704 §10.1): a frame anchored to the page, 170 mm wide and centred,
 * holding the red mark (its top edge {@code letterMarkTopMm} below the paper top) with the thick-over-thin red
 * double line as its bottom border, and below it 份号/密级/紧急程度 flush left and the 发文字号 flush right with the
 * 版心, 7/8 of a 3号 character under the line; a second frame holds the thin-over-thick double line 20 mm above
 * the paper bottom. The title follows in the text flow two lines below; the caller writes the 主送. Page 1's
 * footer is empty ({@link #sectionProperties}).
 *
 * <pre>{@code
 * if (LetterHead.applies(m)) { new LetterHead(ctx, paragraphs, runs).write(x, m); }
 * }</pre>
 */
final class LetterHead {

    static final String FIRST_FOOTER_ID = "rIdFooterFirst";
    static final String FIRST_FOOTER_PART = "word/footer4.xml";
    /** The double lines' overall weight: 1.5 pt + gap + 0.75 pt, as the PDF draws them, in eighths of a point. */
    private static final int DOUBLE_EIGHTHS = 12;
    private static final double RULE_MM = 170;
    /** Measured in LibreOffice's PDF: offsets that put the mark top and the lines where the PDF has them. */
    static final double MARK_FRAME_MM = 0.95;
    static final double UPPER_FRAME_MM = -0.54;
    static final double LOWER_FRAME_MM = -1.19;
    static final double NUMBER_FRAME_MM = -0.9;
    /** LibreOffice sets the title's glyphs this much lower in an exact line than the PDF does. */
    static final double TITLE_LO_MM = 0.2;
    private static final double LOWER_RULE_MM = 20;
    private static final double RULE_BELOW_MARK_MM = 4;
    /** From the thick line's centre to the thin line's bottom edge: 0.75 + 1.5 gap + 0.75 + 0.75 pt. */
    private static final float RULE_STACK_PT = 3.75f;

    private final DocxContext ctx;
    private final ParagraphStarter paragraphs;
    private final RunWriter runs;

    LetterHead(DocxContext ctx, ParagraphStarter paragraphs, RunWriter runs) {
        this.ctx = ctx;
        this.paragraphs = paragraphs;
        this.runs = runs;
    }

    static boolean applies(Metadata m) {
        return m.form() == io.github.wenshu.model.DocumentForm.LETTER;
    }

    /** Page 1 of a letter gets the empty footer; the others keep their page numbers. */
    static void sectionProperties(Xml x, Geometry g, Metadata m, String oddFooterId, String evenFooterId) {
        SectionProperties.withFirstPage(x, g, oddFooterId, evenFooterId, applies(m) ? FIRST_FOOTER_ID : null);
    }

    /** The content types with page 1's footer added for a letter. */
    static java.util.Map<String, String> withFirstFooter(java.util.Map<String, String> types, Metadata m) {
        if (applies(m)) {
            types.put(FIRST_FOOTER_PART, Ns.CT_FOOTER);
        }
        return types;
    }

    /** The document relationships with page 1's footer added for a letter. */
    static List<DocxPackage.Relationship> withFirstFooter(List<DocxPackage.Relationship> rels, Metadata m) {
        if (applies(m)) {
            rels.add(new DocxPackage.Relationship(FIRST_FOOTER_ID, Ns.REL_FOOTER, "footer4.xml", false));
        }
        return rels;
    }

    /** Writes the head (both frames) and the title. */
    void write(Xml x, Metadata m) {
        MarkIssuers.unprinted(m).forEach(w -> ctx.warn(w.code(), w.location(), w.message()));
        List<String> organs = MarkIssuers.printed(m);
        double upperRule = ctx.style.letterMarkTopMm();
        if (!organs.isEmpty()) {
            float size = markSize(organs.get(0));
            mark(x, organs.get(0), size);
            upperRule += Units.ptToMm(size) + RULE_BELOW_MARK_MM;
        }
        rule(x, upperRule + UPPER_FRAME_MM, "thickThinSmallGap");
        double lastBottom = numberLines(x, m, upperRule);
        lowerRule(x);
        title(x, m, lastBottom);
    }

    /** The title on the second grid line below the head's last line, as the PDF sets it. */
    private void title(Xml x, Metadata m, double lastBottomMm) {
        List<String> title = m.titleLines();
        if (title.isEmpty()) {
            return;
        }
        int pitch = ctx.geometry.linePitch();
        double pitchMm = Units.ptToMm(pitch / 20.0);
        int row = (int) Math.ceil((lastBottomMm - ctx.style.marginTopMm()) / pitchMm - 0.01) + 2;
        int before = Math.max(0, row * pitch - Units.mmToTwips(TITLE_LO_MM));
        paragraphs.open(x, StyleIds.TITLE, px -> px.start("spacing").attr("before", before).attr("after", pitch)
                .attr("line", pitch).attr("lineRule", "exact").end());
        float size = ctx.style.titleSize();
        String lines = TitleLines.of(title, ctx.faces.advance(ctx.style.titleFont(), size),
                Units.mmToPt(ctx.style.bodyWidthMm()), size, ctx.geometry.condense() / 20f);
        runs.plain(x, lines, RunWriter.RunFormat.in(ctx.style.titleFont(), ctx), "metadata.title");
        x.end();
    }

    private void framePr(Xml x, double yMm) {
        x.start("framePr").attr("w", Units.mmToTwips(RULE_MM)).attr("wrap", "through")
                .attr("vAnchor", "page").attr("hAnchor", "page").attr("xAlign", "center")
                .attr("y", Units.mmToTwips(yMm)).end();
    }

    private void mark(Xml x, String organ, float size) {
        FontRole role = ctx.style.markFont();
        x.start("p").start("pPr").empty("pStyle", "val", StyleIds.MARK).empty("keepNext");
        framePr(x, ctx.style.letterMarkTopMm() + MARK_FRAME_MM);
        x.empty("snapToGrid", "val", "0");
        x.start("spacing").attr("before", 0).attr("after", 0).attr("line", Math.round(size * 20))
                .attr("lineRule", "exact").end();
        Props.indent(x, 0, 0, 0);
        x.end();
        MarkParagraphs.run(ctx, x, role, organ, size, "metadata.issuers[0]", 0);
        x.end();
    }

    /**
     * 份号, 密级, 紧急程度 flush left with the 版心, one a line, and the 发文字号 flush right on the first line: one
     * paragraph in its own frame (several paragraphs in one frame are not placed where the frame says).
     */
    private double numberLines(Xml x, Metadata m, double upperRuleMm) {
        List<String[]> markers = new ArrayList<>();
        if (m.copyNumber() != null) {
            markers.add(new String[] {m.copyNumber(), "metadata.copyNumber", "body"});
        }
        if (m.secrecy() != null) {
            String term = m.secrecyTerm() == null || m.secrecyTerm().isBlank() ? "" : "★" + m.secrecyTerm();
            markers.add(new String[] {m.secrecy() + term, "metadata.secrecy", "label"});
        }
        if (m.urgency() != null) {
            markers.add(new String[] {m.urgency(), "metadata.urgency", "label"});
        }
        int lines = Math.max(markers.size(), m.docNumber() == null ? 0 : 1);
        if (lines == 0) {
            return upperRuleMm + Units.ptToMm(RULE_STACK_PT);
        }
        int pitch = ctx.geometry.linePitch();
        float size = ctx.style.bodySize();
        int left = Units.mmToTwips(ctx.style.marginBindingMm() - (ctx.style.pageWidthMm() - RULE_MM) / 2);
        int right = Units.mmToTwips(RULE_MM) - left - Units.mmToTwips(ctx.style.bodyWidthMm());
        int tab = Units.mmToTwips(RULE_MM) - right;
        double glyphTop = upperRuleMm + Units.ptToMm(RULE_STACK_PT + size * 7 / 8);
        double y = glyphTop - Units.ptToMm((pitch / 20f - size) / 2) + NUMBER_FRAME_MM;
        x.start("p").start("pPr").empty("pStyle", "val", StyleIds.DOC_NUMBER).empty("keepNext");
        framePr(x, y);
        x.start("tabs").empty("tab", "val", "right", "pos", Integer.toString(tab)).end();
        x.empty("snapToGrid", "val", "0");
        x.start("spacing").attr("before", 0).attr("after", 0).attr("line", pitch).attr("lineRule", "exact").end();
        Props.indent(x, left, right, 0);
        x.empty("jc", "val", "left").end();
        for (int i = 0; i < lines; i++) {
            if (i > 0) {
                x.start("r").empty("br").end();
            }
            if (i < markers.size()) {
                String[] mk = markers.get(i);
                runs.plain(x, mk[0], RunWriter.RunFormat.in(mk[2].equals("label") ? ctx.style.labelFont()
                        : ctx.style.bodyFont(), ctx).withStyleFamily(ctx.family(ctx.style.bodyFont())), mk[1]);
            }
            if (i == 0 && m.docNumber() != null) {
                x.start("r").empty("tab").end();
                runs.plain(x, m.docNumber(), RunWriter.RunFormat.in(ctx.style.bodyFont(), ctx), "metadata.docNumber");
            }
        }
        x.end();
        return glyphTop + Units.ptToMm(pitch / 20f) * (lines - 1) + Units.ptToMm(size);
    }

    private void lowerRule(Xml x) {
        rule(x, ctx.style.pageHeightMm() - LOWER_RULE_MM + LOWER_FRAME_MM, "thinThickSmallGap");
    }

    /** An empty paragraph, a twentieth of a point high, in a frame at {@code yMm}, its bottom border the line. */
    private void rule(Xml x, double yMm, String style) {
        x.start("p").start("pPr").empty("pStyle", "val", StyleIds.NORMAL).empty("keepNext");
        framePr(x, yMm);
        x.start("pBdr").empty("bottom", "val", style, "sz", Integer.toString(DOUBLE_EIGHTHS),
                "space", "0", "color", color()).end();
        x.empty("snapToGrid", "val", "0");
        x.start("spacing").attr("before", 0).attr("after", 0).attr("line", 20).attr("lineRule", "exact").end();
        Props.indent(x, 0, 0, 0);
        x.end();
        x.start("r").start("rPr").empty("sz", "val", "2").empty("szCs", "val", "2").end().end();
        x.end();
    }

    private String color() {
        return MarkParagraphs.color(ctx);
    }

    private float markSize(String organ) {
        return MarkParagraphs.fit(ctx, MarkParagraphs.width(ctx.faces.advance(ctx.style.markFont(), 100f), organ));
    }
}
