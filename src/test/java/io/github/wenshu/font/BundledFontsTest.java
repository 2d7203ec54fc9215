package io.github.wenshu.font;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The launcher's font folder ({@code -Dwenshu.fontDir}) is read instead of the jar only when it matches the jar. */
class BundledFontsTest {
    private static final String FILE = "FandolHei-Regular.ttf";

    @Test
    void aFontFolderIsUsedOnlyForFilesOfTheJarEntrysSize(@TempDir Path dir) throws Exception {
        byte[] fromJar = BundledFonts.read(FILE);
        String before = System.getProperty(BundledFonts.FONT_DIR_PROPERTY);
        System.setProperty(BundledFonts.FONT_DIR_PROPERTY, dir.toString());
        try {
            assertArrayEquals(fromJar, BundledFonts.read(FILE), "no file in the folder: the jar's");

            Files.write(dir.resolve(FILE), Arrays.copyOf(fromJar, fromJar.length - 4));
            assertArrayEquals(fromJar, BundledFonts.read(FILE), "a file of another size: the jar's");

            byte[] marked = fromJar.clone();
            marked[marked.length - 1] ^= 1;
            Files.write(dir.resolve(FILE), marked);
            assertArrayEquals(marked, BundledFonts.read(FILE), "a file of the same size is read from the folder");
        } finally {
            if (before == null) {
                System.clearProperty(BundledFonts.FONT_DIR_PROPERTY);
            } else {
                System.setProperty(BundledFonts.FONT_DIR_PROPERTY, before);
            }
        }
    }
}
