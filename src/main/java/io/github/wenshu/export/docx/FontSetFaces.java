package io.github.wenshu.export.docx;

import io.github.wenshu.export.ExportOptions;

/**
 * Chooses the faces of an export from its options: the Windows names when embedding is off; the font set's
 * faces, subset and embedded, when it is on.
 */
final class FontSetFaces {

    private FontSetFaces() {
    }

    static Faces forOptions(ExportOptions options) {
        // Until the font set provides faces, every export names the Windows families.
        return new WindowsFaces();
    }
}
