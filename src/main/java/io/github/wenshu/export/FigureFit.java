package io.github.wenshu.export;

import io.github.wenshu.style.Units;

/**
 * The size a figure's picture is set at, the same in every format: the requested width or the natural size,
 * capped at the 版心 width and at the height left on a page for it, keeping the aspect ratio.
 *
 * <pre>{@code
 * FigureFit fit = FigureFit.of(360, 202.5, 120.0, 442.2, 600);
 * fit.widthPt();   // 340.2 (120 mm)
 * }</pre>
 *
 * @param widthPt    the width to set, in points
 * @param heightPt   the height to set, in points
 * @param scaledDown whether a requested width had to be reduced (the caller warns)
 */
public record FigureFit(float widthPt, float heightPt, boolean scaledDown) {

    /**
     * @param naturalWidthPt  the picture's own width (pixels at its resolution, 96 dpi when it gives none)
     * @param naturalHeightPt the picture's own height
     * @param requestedMm     the width asked for, or null for the natural width
     * @param maxWidthPt      the 版心 width
     * @param maxHeightPt     the height a page leaves for the picture (its caption taken off)
     */
    public static FigureFit of(float naturalWidthPt, float naturalHeightPt, Double requestedMm, float maxWidthPt,
                               float maxHeightPt) {
        float width = requestedMm != null ? Units.mmToPt(requestedMm) : naturalWidthPt;
        width = Math.min(width, maxWidthPt);
        float height = width * naturalHeightPt / naturalWidthPt;
        if (height > maxHeightPt) {
            width *= maxHeightPt / height;
            height = maxHeightPt;
        }
        boolean scaled = requestedMm != null && width + 0.5f < Units.mmToPt(requestedMm);
        return new FigureFit(width, height, scaled);
    }

    /** The natural size in points of {@code pixels} at {@code dpi} (96 when the picture says nothing). */
    public static float naturalPt(float pixels, float dpi) {
        return pixels * 72f / (dpi > 0 ? dpi : 96f);
    }
}
