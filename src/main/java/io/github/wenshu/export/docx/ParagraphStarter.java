package io.github.wenshu.export.docx;

import java.util.function.Consumer;

/**
 * Opens paragraphs with their style and carries a pending page break to the next paragraph as
 * {@code w:pageBreakBefore}, so a break never leaves an empty line at the top of the new page.
 *
 * <pre>{@code
 * ParagraphStarter p = new ParagraphStarter();
 * p.open(x, StyleIds.NORMAL, null);   // <w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>
 * … runs …
 * x.end();
 * }</pre>
 */
final class ParagraphStarter {

    private boolean pageBreakPending;
    private boolean keepNextPending;
    private boolean widowControlPending;

    void breakPage() {
        pageBreakPending = true;
    }

    /** Whether a page break waits for the next paragraph (a table then needs a paragraph of its own). */
    boolean pageBreakPending() {
        return pageBreakPending;
    }

    /**
     * Keeps the next paragraph on the page of the one after it ({@code w:keepNext}), with widow control when
     * {@code widowControl} (so that it moves at least two lines when it must split).
     */
    void keepWithNext(boolean widowControl) {
        keepNextPending = true;
        widowControlPending = widowControl;
    }

    /** Takes the pending page break for a paragraph whose properties the caller writes itself. */
    boolean takePageBreak() {
        boolean pending = pageBreakPending;
        pageBreakPending = false;
        return pending;
    }

    /**
     * Opens {@code <w:p>} with {@code pStyle}, the pending page break, and {@code tail} properties that come
     * after it in schema order ({@code spacing}, {@code ind}, {@code jc} …); leaves the paragraph open.
     */
    void open(Xml x, String styleId, Consumer<Xml> tail) {
        x.start("p");
        if (styleId.equals(StyleIds.NORMAL) && !pageBreakPending && !keepNextPending && tail == null) {
            return;
        }
        x.start("pPr").empty("pStyle", "val", styleId);
        if (keepNextPending) {
            x.empty("keepNext");
        }
        if (pageBreakPending) {
            x.empty("pageBreakBefore");
            pageBreakPending = false;
        }
        if (keepNextPending && widowControlPending) {
            x.empty("widowControl");
        }
        keepNextPending = false;
        if (tail != null) {
            tail.accept(x);
        }
        x.end();
    }
}
