package io.github.wenshu.check;

/** Classifies colours read from a PDF as 0xRRGGBB. */
final class Colours {
    private Colours() {
    }

    /** Red as in the 发文机关标志: clearly more red than green or blue (the official red is Y80 M80). */
    static boolean isRed(int rgb) {
        if (rgb < 0) {
            return false;
        }
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return r >= 150 && g <= 120 && b <= 120;
    }

    /** Black or a near-black grey. */
    static boolean isBlack(int rgb) {
        if (rgb < 0) {
            return true;
        }
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return r < 64 && g < 64 && b < 64;
    }

    static String hex(int rgb) {
        return rgb < 0 ? "unknown" : String.format("#%06X", rgb);
    }
}
