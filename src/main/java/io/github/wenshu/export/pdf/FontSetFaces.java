package io.github.wenshu.export.pdf;

import io.github.wenshu.export.ExportOptions;

/** Adapts the options' {@link io.github.wenshu.font.FontSet} to {@link TypeFaces}. */
final class FontSetFaces {

    private FontSetFaces() {
    }

    static TypeFaces of(ExportOptions options) {
        throw new UnsupportedOperationException("the bundled fonts have not landed yet");
    }
}
