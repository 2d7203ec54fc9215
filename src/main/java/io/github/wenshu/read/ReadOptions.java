package io.github.wenshu.read;

import java.nio.file.Path;

/**
 * How to read an input.
 *
 * <pre>{@code
 * ReadOptions o = ReadOptions.forFile(Path.of("in/report.json")).withRestrictPaths(true);
 * }</pre>
 *
 * @param sourceName           the name used in messages ("report.json")
 * @param baseDirectory        folder that relative image paths are resolved against, or null
 * @param restrictPaths        refuse image paths that leave {@code baseDirectory} (.., absolute, symlinks)
 * @param fullWidthPunctuation text reader: turn half-width , ; : ? ! ( ) next to CJK into full-width
 * @param maxInputBytes        inputs larger than this are refused before parsing
 */
public record ReadOptions(String sourceName, Path baseDirectory, boolean restrictPaths,
                          boolean fullWidthPunctuation, long maxInputBytes) {

    public static final long DEFAULT_MAX_INPUT_BYTES = 16L * 1024 * 1024;

    public static ReadOptions defaults() {
        return new ReadOptions("<input>", null, false, true, DEFAULT_MAX_INPUT_BYTES);
    }

    /** Options for a file: its name in messages, its folder as base directory. */
    public static ReadOptions forFile(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return new ReadOptions(file.toString(), parent, false, true, DEFAULT_MAX_INPUT_BYTES);
    }

    public ReadOptions withSourceName(String name) {
        return new ReadOptions(name, baseDirectory, restrictPaths, fullWidthPunctuation, maxInputBytes);
    }

    public ReadOptions withBaseDirectory(Path dir) {
        return new ReadOptions(sourceName, dir, restrictPaths, fullWidthPunctuation, maxInputBytes);
    }

    public ReadOptions withRestrictPaths(boolean restrict) {
        return new ReadOptions(sourceName, baseDirectory, restrict, fullWidthPunctuation, maxInputBytes);
    }

    public ReadOptions withFullWidthPunctuation(boolean on) {
        return new ReadOptions(sourceName, baseDirectory, restrictPaths, on, maxInputBytes);
    }

    public ReadOptions withMaxInputBytes(long max) {
        return new ReadOptions(sourceName, baseDirectory, restrictPaths, fullWidthPunctuation, max);
    }
}
