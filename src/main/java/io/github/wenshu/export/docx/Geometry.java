package io.github.wenshu.export.docx;

import io.github.wenshu.style.Style;
import io.github.wenshu.style.Units;

/**
 * The page and grid of a {@link Style} in the units WordprocessingML uses (twips, half-points).
 *
 * <p>The grid is the one LibreOffice honours: {@code docGrid type="lines"} with the pitch in whole twips
 * rounded down (so 22 lines fit), exact line spacing at that pitch, and every run condensed so that 28
 * characters of the body size fit the type-area width.
 *
 * <pre>{@code
 * Geometry g = Geometry.of(OfficialStyle.gbt9704());
 * g.linePitch();   // 579
 * g.condense();    // -5 (twentieths of a point)
 * }</pre>
 */
record Geometry(
        int pageWidth, int pageHeight,
        int marginTop, int marginBottom, int marginInside, int marginOutside,
        int linePitch, int charPitch, int condense,
        int footerDistance, int footerLine, int pageNumberIndent) {

    static Geometry of(Style s) {
        int top = Units.mmToTwips(s.marginTopMm());
        int height = Units.mmToTwips(s.pageHeightMm());
        int bodyHeight = Units.mmToTwips(s.bodyHeightMm());
        int bottom = height - top - bodyHeight;
        int pitch = bodyHeight / s.linesPerPage();
        double charPitchPt = s.charPitchPt();
        int condense = (int) Math.floor((charPitchPt - s.bodySize()) * 20);
        int footerLine = Units.ptToTwips(s.pageNumberSize());
        // The footer's bottom edge sits footerDistance above the paper edge; its one exact line is centred
        // on the dash, so the dash lies pageNumberDashBelow under the type area.
        int dashFromTop = top + bodyHeight + Units.mmToTwips(s.pageNumberDashBelowMm());
        int footerDistance = height - dashFromTop - footerLine / 2;
        return new Geometry(
                Units.mmToTwips(s.pageWidthMm()), height, top, bottom,
                Units.mmToTwips(s.marginBindingMm()), Units.mmToTwips(s.marginOuterMm()),
                pitch, (int) Math.round(charPitchPt * 20), condense,
                footerDistance, footerLine, Units.ptToTwips(s.pageNumberSize()));
    }

    /** A width of {@code chars} body characters, in twips. */
    int chars(double chars) {
        return (int) Math.round(chars * charPitch);
    }

    static int halfPoints(float pt) {
        return Math.round(pt * 2);
    }
}
