package io.github.wenshu.export.docx;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pictures of one DOCX export: each distinct picture (by SHA-256 of its bytes) becomes one part
 * {@code word/media/imageN.ext} with one relationship from the document, however often it is used; drawings
 * get ids unique in the document.
 *
 * <pre>{@code
 * MediaParts.Media m = ctx.media.add(pngBytes, "png");   // media/image1.png, rIdImage1
 * ctx.media.add(pngBytes, "png");                        // the same part again
 * ctx.media.write(pkg);
 * }</pre>
 */
final class MediaParts {

    /** One stored picture: its part name relative to {@code word/} and its relationship id. */
    record Media(String target, String relId, byte[] bytes) {
    }

    private final Map<String, Media> byHash = new LinkedHashMap<>();
    private int drawings;

    Media add(byte[] bytes, String extension) {
        return byHash.computeIfAbsent(sha256(bytes), h -> {
            int n = byHash.size() + 1;
            return new Media("media/image" + n + "." + extension, "rIdImage" + n, bytes);
        });
    }

    /** A fresh id for {@code wp:docPr}, unique in the document. */
    int nextDrawingId() {
        return ++drawings;
    }

    List<DocxPackage.Relationship> relationships() {
        List<DocxPackage.Relationship> rels = new ArrayList<>();
        for (Media m : byHash.values()) {
            rels.add(new DocxPackage.Relationship(m.relId(), Ns.REL_IMAGE, m.target(), false));
        }
        return rels;
    }

    void write(DocxPackage pkg) {
        for (Media m : byHash.values()) {
            pkg.binaryPart("word/" + m.target(), m.bytes());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
