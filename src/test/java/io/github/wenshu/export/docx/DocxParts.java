package io.github.wenshu.export.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The entries of a DOCX zip, in order, for tests. */
public final class DocxParts {

    private DocxParts() {
    }

    public static Map<String, byte[]> read(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    static String text(Map<String, byte[]> parts, String name) {
        return new String(parts.get(name), java.nio.charset.StandardCharsets.UTF_8);
    }
}
