package io.github.wenshu.check;

/**
 * One checkable requirement of GB/T 9704-2012, with the clause it comes from.
 *
 * <pre>{@code
 * Rule.KINSOKU.id();      // "kinsoku"
 * Rule.KINSOKU.clause();  // "§9 (GB/T 15834)"
 * }</pre>
 */
public enum Rule {
    PAPER_SIZE("paper-size", "§5.1", "paper is A4, 210 × 297 mm"),
    TYPE_AREA_LEFT("type-area-left", "§5.2.1", "版心 left edge (订口) 28 mm; 26 mm on even pages when mirrored"),
    TYPE_AREA_WIDTH("type-area-width", "§5.2.1, §6.1", "版心 width 156 mm"),
    HANGING_PUNCTUATION("hanging-punctuation", "§5.2.1", "punctuation stays inside the 版心 (not hung in the margin)"),
    TYPE_AREA_TOP("type-area-top", "§5.2.1", "版心 top edge (天头) 37 mm"),
    TYPE_AREA_BOTTOM("type-area-bottom", "§5.2.1, §7.1", "no text below the 版心 except the page number"),
    LINES_PER_PAGE("lines-per-page", "§5.2.3", "22 lines on a full page"),
    LINE_PITCH("line-pitch", "§5.2.3, §3.2", "22 lines fill the 225 mm 版心"),
    CHARS_PER_LINE("chars-per-line", "§5.2.3, §3.1", "28 characters on a full line"),
    BODY_SIZE("body-size", "§5.2.2", "body text 3号 (16 pt)"),
    BODY_FONT("body-font", "§5.2.2, §7.3.3", "body text 仿宋"),
    TITLE_SIZE("title-size", "§7.3.1", "title 2号 (22 pt)"),
    HEADING_FONT("heading-font", "§7.3.3", "一、黑体 · （一）楷体 · 1. and （1）仿宋"),
    KINSOKU("kinsoku", "§9 (GB/T 15834)", "no line starts with closing or ends with opening punctuation"),
    TEXT_COLOUR("text-colour", "§5.2.4", "text is black unless stated otherwise"),
    FONT_EMBEDDED("font-embedded", "§5.2.2", "every font is embedded so the specified faces print"),
    PAGE_NUMBER_FORM("page-number-form", "§7.5", "page number \"— N —\" with 一字线 on each side"),
    PAGE_NUMBER_SIZE("page-number-size", "§7.5", "page number 4号 (14 pt)"),
    PAGE_NUMBER_POSITION("page-number-position", "§7.5", "一字线 7 mm below the 版心"),
    PAGE_NUMBER_SIDE("page-number-side", "§7.5", "odd pages right 右空一字, even pages left 左空一字"),
    PAGE_NUMBER_SEQUENCE("page-number-sequence", "§7.5", "page numbers follow the pages"),
    RED_MARK("red-mark", "§7.2.4", "发文机关标志 red, centred, top 35 mm below the 版心 top"),
    RED_RULE("red-rule", "§7.2.7", "red 版头分隔线 156 mm wide, centred, 4 mm below the 发文字号"),
    DATE_FORM("date-form", "§7.3.5.4", "成文日期 in Arabic numerals, year in full, no leading zeros"),
    SIGNATURE_DATE("signature-date", "§7.3.5", "署名 and 成文日期 aligned"),
    IMPRINT_EVEN_PAGE("imprint-even-page", "§7.4", "版记 on the last page, an even page"),
    IMPRINT_LINES("imprint-lines", "§7.4.1", "版记 lines 156 mm wide; the last one on the 版心 bottom edge"),
    IMPRINT_SIZE("imprint-size", "§7.4.2, §7.4.3", "版记 text 4号 (14 pt)");

    private final String id;
    private final String clause;
    private final String requirement;

    Rule(String id, String clause, String requirement) {
        this.id = id;
        this.clause = clause;
        this.requirement = requirement;
    }

    public String id() {
        return id;
    }

    public String clause() {
        return clause;
    }

    public String requirement() {
        return requirement;
    }
}
