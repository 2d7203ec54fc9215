package io.github.wenshu.check;

/** Millimetres and points, kept local so the checker depends on nothing of the exporters. */
final class Units {
    private Units() {
    }

    static double mmToPt(double mm) {
        return mm / 25.4 * 72;
    }

    static double ptToMm(double pt) {
        return pt / 72 * 25.4;
    }
}
