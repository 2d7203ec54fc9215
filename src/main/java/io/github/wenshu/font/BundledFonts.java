package io.github.wenshu.font;

import io.github.wenshu.style.FontRole;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** The fonts that ship in the jar under {@code io/github/wenshu/fonts/}; see fonts/README.md. */
final class BundledFonts {
    static final String RESOURCE_DIR = "/io/github/wenshu/fonts/";
    static final String FONT_DIR_PROPERTY = "wenshu.fontDir";

    static final FontSet SET = create();

    private BundledFonts() {
    }

    private static FontSet create() {
        FontFace serif = face("NotoSerifCJKsc-Regular.ttf", "Noto Serif CJK SC");
        Map<FontRole, FontFace> faces = new EnumMap<>(FontRole.class);
        faces.put(FontRole.FANGSONG, face("FandolFang-Regular.ttf", "FandolFang"));
        faces.put(FontRole.HEITI, face("FandolHei-Regular.ttf", "FandolHei"));
        faces.put(FontRole.KAITI, face("FandolKai-Regular.ttf", "FandolKai"));
        faces.put(FontRole.XIAOBIAOSONG, face("NotoSerifCJKsc-Bold.ttf", "Noto Serif CJK SC Bold"));
        faces.put(FontRole.SONGTI, serif);
        faces.put(FontRole.FALLBACK, serif);
        return FontSet.of(faces);
    }

    private static FontFace face(String file, String family) {
        return new FontFace(file, -1, family, () -> read(file));
    }

    static byte[] read(String file) {
        URL url = BundledFonts.class.getResource(RESOURCE_DIR + file);
        if (url == null) {
            throw new IllegalStateException("bundled font " + RESOURCE_DIR + file + " is not on the class path;"
                    + " build the jar with Maven (fonts/ becomes a resource directory) or run fonts/build.sh");
        }
        try {
            URLConnection connection = url.openConnection();
            long size = connection.getContentLengthLong();
            byte[] copy = sourceCopy(file, size);
            if (copy != null) {
                return copy;
            }
            try (InputStream in = connection.getInputStream()) {
                return size >= 0 && size < Integer.MAX_VALUE ? in.readNBytes((int) size) : in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + file, e);
        }
    }

    /**
     * The same font from the folder the jar was built from, when the {@code wenshu} launcher names it
     * ({@code -Dwenshu.fontDir}) and the file has the jar entry's size: reading a file is much faster at start-up
     * than inflating 50 MB from the jar.
     */
    private static byte[] sourceCopy(String file, long size) throws IOException {
        String dir = System.getProperty(FONT_DIR_PROPERTY);
        if (dir == null || size < 0) {
            return null;
        }
        Path path = Path.of(dir, file);
        return Files.isRegularFile(path) && Files.size(path) == size ? Files.readAllBytes(path) : null;
    }
}
