package io.github.wenshu.export.pdf;

import io.github.wenshu.style.Style;
import io.github.wenshu.style.Units;

/**
 * The geometry of a page in PDF points (origin bottom left): the 版心, the baseline grid and where page
 * numbers go. Line {@code row} (0-based) of the grid is a cell of one line pitch below the top of the
 * 版心; text sits with its ideographic em box centred in the cell.
 *
 * <pre>{@code
 * PageFrame f = new PageFrame(OfficialStyle.gbt9704());
 * float y = f.baseline(0, 16);   // 736.49: the first body line
 * }</pre>
 */
final class PageFrame {

    /** Where the baseline sits in the ideographic em box of CJK fonts: 0.88 em below its top. */
    static final float EM_BOX_ASCENT = 0.88f;

    private final Style style;
    private final float pageWidth;
    private final float pageHeight;
    private final float bodyTop;
    private final float bodyWidth;
    private final float pitch;
    private final float charPitch;

    PageFrame(Style style) {
        this.style = style;
        pageWidth = Units.mmToPt(style.pageWidthMm());
        pageHeight = Units.mmToPt(style.pageHeightMm());
        bodyTop = pageHeight - Units.mmToPt(style.marginTopMm());
        bodyWidth = Units.mmToPt(style.bodyWidthMm());
        pitch = style.linePitchPt();
        charPitch = style.charPitchPt();
    }

    float pageWidth() {
        return pageWidth;
    }

    float pageHeight() {
        return pageHeight;
    }

    int rows() {
        return style.linesPerPage();
    }

    float pitch() {
        return pitch;
    }

    /** One character of the body grid: 156 mm / 28. */
    float charPitch() {
        return charPitch;
    }

    float bodyWidth() {
        return bodyWidth;
    }

    float bodyTop() {
        return bodyTop;
    }

    float bodyBottom() {
        return bodyTop - Units.mmToPt(style.bodyHeightMm());
    }

    /** The left edge of the 版心 on a page (1-based), mirrored on even pages. */
    float bodyLeft(int page) {
        return Units.mmToPt(style.bodyLeftMm(page));
    }

    /** The top of grid cell {@code row}. */
    float rowTop(int row) {
        return bodyTop - row * pitch;
    }

    /** The baseline of text of {@code size} pt on grid line {@code row}. */
    float baseline(int row, float size) {
        return rowTop(row) - ((pitch - size) / 2 + EM_BOX_ASCENT * size);
    }

    /** Tracking that makes {@link Style#charsPerLine()} characters of the body size fill the 版心. */
    float tracking(float size) {
        return size == style.bodySize() ? charPitch - size : 0f;
    }

    /** The y of the page number's dash line: 7 mm below the 版心. */
    float pageNumberDashY() {
        return bodyBottom() - Units.mmToPt(style.pageNumberDashBelowMm());
    }
}
