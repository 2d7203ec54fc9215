package io.github.wenshu.export.docx;

import io.github.wenshu.style.Style;

/**
 * {@code word/numbering.xml}: one multilevel list linked to the heading styles — 一、 and （一） as
 * {@code chineseCounting}, 1. and （1） as {@code decimal}, no tab after the number — so that a heading inserted in
 * Word is numbered and the following ones renumber. Number 1 serves the body; number 2 + i restarts the headings
 * of attachment i. LibreOffice 7.4 lays these labels out exactly like literal text (same line breaks and pages).
 *
 * <pre>{@code
 * if (NumberingPart.supports(style)) pkg.wordPart("word/numbering.xml", x -> new NumberingPart(ctx, 3).write(x));
 * }</pre>
 */
final class NumberingPart {

    static final int BODY_NUM_ID = 1;

    private final DocxContext ctx;
    private final int attachments;

    NumberingPart(DocxContext ctx, int attachments) {
        this.ctx = ctx;
        this.attachments = attachments;
    }

    /** Whether every level's pattern holds exactly one number that Word can count ({cn} or {n}). */
    static boolean supports(Style style) {
        for (String p : style.headingNumbering()) {
            int cn = count(p, "{cn}");
            int n = count(p, "{n}");
            if (cn + n != 1 || p.contains("%")) {
                return false;
            }
        }
        return true;
    }

    /** The numId of the headings of attachment {@code i} (0-based). */
    static int attachmentNumId(int i) {
        return BODY_NUM_ID + 1 + i;
    }

    void write(Xml x) {
        Style s = ctx.style;
        Geometry g = ctx.geometry;
        x.root("numbering");
        x.start("abstractNum").attr("abstractNumId", 0).empty("multiLevelType", "val", "multilevel");
        for (int level = 1; level <= 4; level++) {
            String pattern = s.headingNumbering().get(level - 1);
            boolean chinese = pattern.contains("{cn}");
            String family = ctx.family(s.headingFont(level));
            x.start("lvl").attr("ilvl", level - 1)
                    .empty("start", "val", "1")
                    .empty("numFmt", "val", chinese ? "chineseCounting" : "decimal")
                    .empty("pStyle", "val", StyleIds.heading(level))
                    .empty("suff", "val", "nothing")
                    .empty("lvlText", "val", pattern.replace(chinese ? "{cn}" : "{n}", "%" + level))
                    .empty("lvlJc", "val", "left");
            x.start("pPr");
            Props.indent(x, 0, 0, g.chars(s.firstLineIndentChars()));
            x.end();
            x.start("rPr");
            Props.fonts(x, family);
            if (s.isHeadingBold(level)) {
                x.empty("b").empty("bCs");
            }
            x.empty("spacing", "val", Integer.toString(g.condense()));
            x.end();
            x.end();
        }
        x.end();
        for (int id = BODY_NUM_ID; id <= BODY_NUM_ID + attachments; id++) {
            x.start("num").attr("numId", id).empty("abstractNumId", "val", "0");
            if (id > BODY_NUM_ID) {
                for (int level = 0; level < 4; level++) {
                    x.start("lvlOverride").attr("ilvl", level).empty("startOverride", "val", "1").end();
                }
            }
            x.end();
        }
        x.end();
    }

    private static int count(String s, String token) {
        int n = 0;
        for (int i = s.indexOf(token); i >= 0; i = s.indexOf(token, i + 1)) {
            n++;
        }
        return n;
    }
}
