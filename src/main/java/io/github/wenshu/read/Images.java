package io.github.wenshu.read;

import io.github.wenshu.model.ImageHeader;
import io.github.wenshu.model.ImageSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Turns what an input says about a picture into an {@link ImageSource}, checking it on the way: the file
 * exists, its bytes are a PNG, JPEG or SVG image, and — when {@link ReadOptions#restrictPaths()} — its
 * path stays inside the input's folder. Problems come back as an {@link IllegalArgumentException} whose
 * message the caller prefixes with where the figure is.
 *
 * <pre>{@code
 * ImageSource img = Images.file("charts/cases.png", options);
 * }</pre>
 */
public final class Images {

    private Images() {
    }

    /** Resolves {@code raw} against the options' base directory and checks it. */
    public static ImageSource file(String raw, ReadOptions options) {
        if (raw.isBlank()) {
            throw new IllegalArgumentException("the image path is empty");
        }
        Path given;
        try {
            given = Path.of(raw);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a valid path: " + e.getReason());
        }
        Path base = options.baseDirectory() == null ? Path.of("").toAbsolutePath() : options.baseDirectory();
        if (options.restrictPaths() && given.isAbsolute()) {
            throw new IllegalArgumentException("image path '" + raw + "' is absolute; paths are restricted to the "
                    + "input's folder, so give it relative to " + base);
        }
        Path resolved = base.resolve(given).normalize().toAbsolutePath();
        Path root = base.toAbsolutePath().normalize();
        if (options.restrictPaths() && !resolved.startsWith(root)) {
            throw new IllegalArgumentException("image path '" + raw + "' leaves the input's folder " + root
                    + " (paths are restricted)");
        }
        if (!Files.isRegularFile(resolved)) {
            throw new IllegalArgumentException("image file '" + raw + "' not found (looked for " + resolved + ")");
        }
        if (options.restrictPaths()) {
            try {
                if (!resolved.toRealPath().startsWith(root.toRealPath())) {
                    throw new IllegalArgumentException("image path '" + raw + "' is a link that leaves the input's "
                            + "folder " + root + " (paths are restricted)");
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot resolve image path '" + raw + "': " + e.getMessage());
            }
        }
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(resolved)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read image file '" + raw + "': " + e.getMessage());
        }
        requireImage(head, n, "image file '" + raw + "'");
        return new ImageSource.File(resolved);
    }

    /** Decodes base64 (optionally a {@code data:…;base64,} URI) and checks the bytes are an image. */
    public static ImageSource data(String base64, String name) {
        String payload = base64.strip();
        if (payload.startsWith("data:")) {
            int comma = payload.indexOf(',');
            payload = comma < 0 ? "" : payload.substring(comma + 1);
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(payload);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("image data is not valid base64: " + e.getMessage());
        }
        requireImage(bytes, bytes.length, "image data" + (name == null ? "" : " '" + name + "'"));
        return new ImageSource.Data(bytes, name);
    }

    /** "png", "jpeg", "svg", or null when the bytes are none of these ({@link ImageHeader#format}). */
    public static String sniff(byte[] b, int n) {
        return ImageHeader.format(b, n);
    }

    private static void requireImage(byte[] bytes, int n, String what) {
        if (n == 0) {
            throw new IllegalArgumentException(what + " is empty; expected a PNG, JPEG or SVG image");
        }
        if (sniff(bytes, n) == null) {
            throw new IllegalArgumentException(what + " is not an image; expected a PNG, JPEG or SVG image");
        }
    }
}
