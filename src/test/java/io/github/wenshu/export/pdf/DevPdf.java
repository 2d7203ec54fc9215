package io.github.wenshu.export.pdf;

import io.github.wenshu.export.Exporter;

import java.util.Optional;

/** The PDF exporter with the development faces, for tests outside this package until the bundled fonts land. */
public final class DevPdf {

    private DevPdf() {
    }

    public static Optional<Exporter> exporter() {
        if (!DevFaces.available()) {
            return Optional.empty();
        }
        TypeFaces faces = DevFaces.get();
        return Optional.of(new PdfExporter(o -> faces));
    }
}
