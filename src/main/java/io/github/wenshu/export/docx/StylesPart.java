package io.github.wenshu.export.docx;

import io.github.wenshu.style.FontRole;
import io.github.wenshu.style.Style;

/**
 * {@code word/styles.xml}: the document defaults that make the 22 × 28 grid (exact line pitch, condensed
 * runs, no widow control, no automatic East Asian/Latin spacing) and one paragraph style per kind of
 * paragraph, with fonts and sizes from the {@link Style} the PDF uses.
 *
 * <pre>{@code
 * pkg.wordPart("word/styles.xml", x -> new StylesPart(ctx).write(x));
 * }</pre>
 */
final class StylesPart {

    private final DocxContext ctx;
    private final Style s;
    private final Geometry g;

    StylesPart(DocxContext ctx) {
        this.ctx = ctx;
        this.s = ctx.style;
        this.g = ctx.geometry;
    }

    void write(Xml x) {
        x.root("styles", "r", Ns.R);
        docDefaults(x);
        paragraph(x, StyleIds.NORMAL, "Normal", null, true, null, () -> {
            x.start("pPr").empty("jc", "val", "both").end();
        });
        x.start("style").attr("type", "character").attr("default", "1").attr("styleId", StyleIds.DEFAULT_FONT)
                .empty("name", "val", "Default Paragraph Font").empty("uiPriority", "val", "1")
                .empty("semiHidden").empty("unhideWhenUsed").end();
        tableNormal(x);
        paragraph(x, StyleIds.TITLE, "Title", StyleIds.NORMAL, false, null, () -> {
            // Not snapped: LibreOffice gives a line two grid lines when the 2号 face's height exceeds the pitch.
            x.start("pPr").empty("keepNext").empty("keepLines").empty("snapToGrid", "val", "0");
            Props.exactLine(x, g.linePitch(), g.linePitch());
            Props.indent(x, 0, 0, 0);
            x.empty("jc", "val", "center").end();
            runProps(x, s.titleFont(), s.titleSize(), false);
        });
        for (int level = 1; level <= 4; level++) {
            heading(x, level);
        }
        centred(x, StyleIds.CAPTION, "caption", s.bodyFont(), s.bodySize(), true);
        for (int depth = 0; depth < StyleIds.LIST_DEPTHS; depth++) {
            int left = g.chars(s.firstLineIndentChars() * depth);
            paragraph(x, StyleIds.listItem(depth), "List Item " + (depth + 1), StyleIds.NORMAL, true, null, () -> {
                x.start("pPr");
                Props.indent(x, left, 0, g.chars(s.firstLineIndentChars()));
                x.end();
            });
        }
        tableText(x);
        paragraph(x, StyleIds.FOOTER, "footer", StyleIds.NORMAL, false, null, () -> {
            x.start("pPr").empty("snapToGrid", "val", "0");
            Props.exactLine(x, g.footerLine(), 0);
            Props.indent(x, 0, 0, 0);
            x.end();
            runProps(x, s.pageNumberFont(), s.pageNumberSize(), false);
        });
        x.start("style").attr("type", "character").attr("styleId", StyleIds.HYPERLINK)
                .empty("name", "val", "Hyperlink").empty("basedOn", "val", StyleIds.DEFAULT_FONT)
                .empty("uiPriority", "val", "99").empty("unhideWhenUsed")
                .start("rPr").empty("u", "val", "single").end().end();
        officialParts(x);
        x.end();
    }

    private void docDefaults(Xml x) {
        x.start("docDefaults").start("rPrDefault").start("rPr");
        Props.fonts(x, ctx.family(s.bodyFont()));
        x.empty("spacing", "val", Integer.toString(g.condense())).empty("kern", "val", "0");
        Props.size(x, s.bodySize());
        x.empty("lang", "val", "en-US", "eastAsia", "zh-CN", "bidi", "ar-SA");
        x.end().end().start("pPrDefault").start("pPr")
                .empty("widowControl", "val", "0")
                // Word honours these; LibreOffice's import ignores them (see SignatureParagraphs.SCRIPT_GAP_EM).
                .empty("autoSpaceDE", "val", "0").empty("autoSpaceDN", "val", "0");
        Props.exactLine(x, g.linePitch(), 0);
        Props.indent(x, 0, 0, g.chars(s.firstLineIndentChars()));
        x.end().end().end();
    }

    private void tableNormal(Xml x) {
        x.start("style").attr("type", "table").attr("default", "1").attr("styleId", StyleIds.NORMAL_TABLE)
                .empty("name", "val", "Normal Table").empty("uiPriority", "val", "99")
                .empty("semiHidden").empty("unhideWhenUsed")
                .start("tblPr").empty("tblInd", "w", "0", "type", "dxa")
                .start("tblCellMar")
                .empty("top", "w", "0", "type", "dxa").empty("left", "w", "108", "type", "dxa")
                .empty("bottom", "w", "0", "type", "dxa").empty("right", "w", "108", "type", "dxa")
                .end().end().end();
        x.start("style").attr("type", "table").attr("styleId", StyleIds.TABLE_GRID)
                .empty("name", "val", "Table Grid").empty("basedOn", "val", StyleIds.NORMAL_TABLE)
                .empty("uiPriority", "val", "59")
                .start("tblPr").start("tblBorders");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            x.empty(side, "val", "single", "sz", "4", "space", "0", "color", "000000");
        }
        x.end().end().end();
    }

    private void heading(Xml x, int level) {
        String id = StyleIds.heading(level);
        paragraph(x, id, "heading " + level, StyleIds.NORMAL, true, null, () -> {
            x.start("pPr").empty("keepNext").empty("keepLines");
            numbering(x, level);
            x.empty("outlineLvl", "val", Integer.toString(level - 1)).end();
            runProps(x, s.headingFont(level), s.bodySize(), s.isHeadingBold(level));
        });
        paragraph(x, StyleIds.runInParagraph(level), "Heading " + level + " Run-in", StyleIds.NORMAL, true,
                null, () -> {
                    x.start("pPr");
                    numbering(x, level);
                    x.empty("outlineLvl", "val", Integer.toString(level - 1)).end();
                });
        x.start("style").attr("type", "character").attr("customStyle", "1").attr("styleId",
                        StyleIds.runInLead(level))
                .empty("name", "val", "Heading " + level + " Lead").empty("basedOn", "val", StyleIds.DEFAULT_FONT)
                .empty("uiPriority", "val", "9").empty("qFormat");
        runProps(x, s.headingFont(level), s.bodySize(), s.isHeadingBold(level));
        x.end();
    }

    private void numbering(Xml x, int level) {
        if (ctx.wordNumbering) {
            x.start("numPr").empty("ilvl", "val", Integer.toString(level - 1))
                    .empty("numId", "val", Integer.toString(NumberingPart.BODY_NUM_ID)).end();
        }
    }

    private void tableText(Xml x) {
        int line = Math.round(s.tableSize() * 20 * 1.25f);
        paragraph(x, StyleIds.TABLE_TEXT, "Table Text", StyleIds.NORMAL, true, null, () -> {
            x.start("pPr").empty("snapToGrid", "val", "0");
            Props.exactLine(x, line, 0);
            Props.indent(x, 0, 0, 0);
            x.empty("jc", "val", "center").end();
            runProps(x, s.tableFont(), s.tableSize(), false);
        });
        paragraph(x, StyleIds.TABLE_HEADER, "Table Header", StyleIds.TABLE_TEXT, true, null, () ->
                runProps(x, s.tableHeaderFont(), s.tableSize(), false));
    }

    private void officialParts(Xml x) {
        centred(x, StyleIds.MARK, "Official Mark", s.markFont(), s.titleSize(), true);
        centred(x, StyleIds.DOC_NUMBER, "Document Number", s.bodyFont(), s.bodySize(), true);
        flush(x, StyleIds.ADDRESSEE, "Addressee", s.bodyFont(), s.bodySize(), 0);
        paragraph(x, StyleIds.ATTACHMENT_NOTE, "Attachment Note", StyleIds.NORMAL, true, null, () -> { });
        paragraph(x, StyleIds.SIGNATURE, "Signature Line", StyleIds.NORMAL, true, null, () -> {
            x.start("pPr").empty("keepNext");
            Props.indent(x, 0, g.chars(2), 0);
            x.empty("jc", "val", "right").end();
        });
        paragraph(x, StyleIds.DATE, "Date Line", StyleIds.NORMAL, true, null, () -> {
            x.start("pPr");
            Props.indent(x, 0, g.chars(4), 0);
            x.empty("jc", "val", "right").end();
        });
        paragraph(x, StyleIds.NOTE, "Note", StyleIds.NORMAL, true, null, () -> { });
        flush(x, StyleIds.ATTACHMENT_LABEL, "Attachment Label", s.labelFont(), s.bodySize(), g.linePitch());
        paragraph(x, StyleIds.ATTACHMENT_TITLE, "Attachment Title", StyleIds.TITLE, true, StyleIds.NORMAL,
                () -> { });
        flush(x, StyleIds.LABEL, "Label", s.labelFont(), s.bodySize(), 0);
        paragraph(x, StyleIds.VERSION_BLOCK, "Version Block", StyleIds.NORMAL, true, null, () -> {
            x.start("pPr");
            int oneChar = Math.round(s.versionBlockSize() * 20);
            Props.indent(x, oneChar, oneChar, 0);
            x.end();
            runProps(x, s.bodyFont(), s.versionBlockSize(), false);
        });
    }

    private void centred(Xml x, String id, String name, FontRole role, float size, boolean custom) {
        paragraph(x, id, name, StyleIds.NORMAL, custom, null, () -> {
            x.start("pPr").empty("keepNext");
            Props.indent(x, 0, 0, 0);
            x.empty("jc", "val", "center").end();
            runProps(x, role, size, false);
        });
    }

    private void flush(Xml x, String id, String name, FontRole role, float size, int after) {
        paragraph(x, id, name, StyleIds.NORMAL, true, null, () -> {
            x.start("pPr");
            Props.exactLine(x, g.linePitch(), after);
            Props.indent(x, 0, 0, 0);
            x.end();
            runProps(x, role, size, false);
        });
    }

    private void runProps(Xml x, FontRole role, float size, boolean bold) {
        x.start("rPr");
        Props.fonts(x, ctx.family(role));
        if (bold) {
            x.empty("b").empty("bCs");
        }
        Props.size(x, size);
        x.end();
    }

    private void paragraph(Xml x, String id, String name, String basedOn, boolean custom, String next,
                           Runnable body) {
        x.start("style").attr("type", "paragraph");
        if (id.equals(StyleIds.NORMAL)) {
            x.attr("default", "1");
        }
        if (custom && !id.equals(StyleIds.NORMAL) && !id.matches("Heading\\d")) {
            x.attr("customStyle", "1");
        }
        x.attr("styleId", id).empty("name", "val", name);
        if (basedOn != null) {
            x.empty("basedOn", "val", basedOn);
        }
        if (next != null || (basedOn != null && !id.startsWith("ListItem"))) {
            x.empty("next", "val", next != null ? next : StyleIds.NORMAL);
        }
        x.empty("qFormat");
        body.run();
        x.end();
    }
}
