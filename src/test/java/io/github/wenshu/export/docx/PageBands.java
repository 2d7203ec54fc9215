package io.github.wenshu.export.docx;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Rows of a rendered page that hold red or dark pixels, grouped into bands, and the rules among them. */
final class PageBands {

    private PageBands() {
    }

    /** Row bands (first and last row, in px) holding red pixels, or dark (black text) pixels. */
    static List<int[]> bands(BufferedImage page, boolean red) {
        List<int[]> bands = new ArrayList<>();
        for (int y = 0; y < page.getHeight(); y++) {
            boolean hit = false;
            for (int x = 0; x < page.getWidth() && !hit; x += 2) {
                int rgb = page.getRGB(x, y);
                hit = red ? isRed(rgb) : isDark(rgb);
            }
            if (hit) {
                if (!bands.isEmpty() && y - bands.get(bands.size() - 1)[1] <= 2) {
                    bands.get(bands.size() - 1)[1] = y;
                } else {
                    bands.add(new int[] {y, y});
                }
            }
        }
        return bands;
    }

    /**
     * The black horizontal rules of a page, top to bottom, as {y, left, right} in px: thin dark bands (at most
     * {@code maxThick} px) that run longer than {@code minLength} px.
     */
    static List<int[]> blackRules(BufferedImage page, int maxThick, int minLength) {
        List<int[]> rules = new ArrayList<>();
        for (int[] band : bands(page, false)) {
            int y = (band[0] + band[1]) / 2;
            int[] extent = extent(page, y, PageBands::isDark);
            if (extent[1] - extent[0] > minLength && band[1] - band[0] <= maxThick) {
                rules.add(new int[] {y, extent[0], extent[1]});
            }
        }
        return rules;
    }

    /** The first and last column (px) of row {@code y} whose pixel has the colour, -1 when none has. */
    static int[] extent(BufferedImage page, int y, IntPredicate colour) {
        int left = -1;
        int right = -1;
        for (int x = 0; x < page.getWidth(); x++) {
            if (colour.test(page.getRGB(x, y))) {
                left = left < 0 ? x : left;
                right = x;
            }
        }
        return new int[] {left, right};
    }

    static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xff) > 150 && (rgb >> 8 & 0xff) < 90 && (rgb & 0xff) < 90;
    }

    static boolean isDark(int rgb) {
        return (rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff) < 200;
    }
}
