package io.github.wenshu.layout;

/** How the lines of a paragraph sit in their measure. JUSTIFY fills every line but the last. */
public enum Align {
    JUSTIFY, LEFT, CENTER, RIGHT
}
