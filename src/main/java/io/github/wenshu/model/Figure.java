package io.github.wenshu.model;

import java.util.Objects;

/**
 * A picture with a caption set below it, scaled to fit the type area keeping its aspect ratio.
 *
 * <pre>{@code
 * Figure f = new Figure(new ImageSource.File(Path.of("chart.png")), "图1 案件数量", 120.0);
 * }</pre>
 *
 * @param image   the picture
 * @param caption text below the picture, or null
 * @param widthMm requested width in millimetres, or null for the natural size (capped at the type area)
 */
public record Figure(ImageSource image, String caption, Double widthMm) implements Block {
    public Figure {
        Objects.requireNonNull(image, "image");
        if (widthMm != null && !(widthMm > 0)) {
            throw new IllegalArgumentException("figure width must be positive, was " + widthMm);
        }
    }
}
