package io.github.wenshu.export;

/**
 * Where the 版记 of a 文件格式 or 纪要 goes, by GB/T 9704 §7.4 and §7.5: its last rule lies on the 版心 bottom
 * edge of an even last page, so a duplex print ends with it on the back of the last sheet.
 *
 * <pre>{@code
 * Pagination p = new PdfExporter().paginate(report, ExportOptions.defaults());
 * if (p.imprint() == ImprintPlacement.AFTER_BLANK_PAGE) { ... }   // the last two pages are unnumbered
 * }</pre>
 */
public enum ImprintPlacement {
    /** No 版记 of its own: the report has none, or it is a letter, whose 抄送 lines end its last page. */
    NONE,
    /** At the foot of the body's last page, which is even and has room for it; the page keeps its number. */
    SAME_PAGE,
    /** Alone on the page after the body's last page, which is odd; the 版记 page is numbered. */
    NEXT_PAGE,
    /** The body's last page is even and full: a blank page, then the 版记 page, neither numbered. */
    AFTER_BLANK_PAGE
}
