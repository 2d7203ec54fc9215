package io.github.wenshu.bench;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The 仿宋 face every contender gets: {@code -Dbench.font=FILE}, else the bundled
 * {@code fonts/FandolFang-Regular.ttf}, else a copy in {@code /tmp/bench-fonts}.
 *
 * <pre>{@code
 * BenchFont font = BenchFont.find();   // font.path(), font.family() = "FandolFang R"
 * }</pre>
 */
record BenchFont(Path path, String family) {

    static final List<Path> CANDIDATES = List.of(
            Path.of("fonts/FandolFang-Regular.ttf"), Path.of("/tmp/bench-fonts/FandolFang-Regular.ttf"));

    static BenchFont find() throws IOException {
        String given = System.getProperty("bench.font");
        if (given != null) {
            return at(Path.of(given));
        }
        for (Path p : CANDIDATES) {
            if (Files.isRegularFile(p)) {
                return at(p);
            }
        }
        throw new IOException("no 仿宋 font: expected one of " + CANDIDATES + " or -Dbench.font=FILE");
    }

    static BenchFont at(Path file) throws IOException {
        try {
            String family = Font.createFont(Font.TRUETYPE_FONT, file.toFile()).getFamily(java.util.Locale.ROOT);
            return new BenchFont(file.toAbsolutePath(), family);
        } catch (java.awt.FontFormatException e) {
            throw new IOException(file + ": not a TrueType font: " + e.getMessage(), e);
        }
    }
}
