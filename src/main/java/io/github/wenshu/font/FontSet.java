package io.github.wenshu.font;

/** PLACEHOLDER until the font issue lands: the faces behind the style's font roles. */
public final class FontSet {
    private static final FontSet BUNDLED = new FontSet();

    private FontSet() {
    }

    public static FontSet bundled() {
        return BUNDLED;
    }
}
