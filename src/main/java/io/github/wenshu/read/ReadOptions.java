package io.github.wenshu.read;

import io.github.wenshu.model.Limits;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to read an input.
 *
 * <pre>{@code
 * ReadOptions o = ReadOptions.forFile(Path.of("in/report.json")).withRestrictPaths(true)
 *     .withLimits(Limits.defaults().withMaxInputBytes(1 << 20));
 * }</pre>
 *
 * @param sourceName           the name used in messages ("report.json")
 * @param baseDirectory        folder that relative image paths are resolved against, or null
 * @param restrictPaths        refuse image paths that leave {@code baseDirectory} (.., absolute, symlinks)
 * @param fullWidthPunctuation text reader: turn half-width , ; : ? ! ( ) next to CJK into full-width
 * @param limits               input size (checked before parsing), JSON nesting, text, table and image sizes
 */
public record ReadOptions(String sourceName, Path baseDirectory, boolean restrictPaths,
                          boolean fullWidthPunctuation, Limits limits) {

    public static final long DEFAULT_MAX_INPUT_BYTES = Limits.defaults().maxInputBytes();

    public ReadOptions {
        Objects.requireNonNull(limits, "limits");
    }

    public static ReadOptions defaults() {
        return new ReadOptions("<input>", null, false, true, Limits.defaults());
    }

    /** Options for a file: its name in messages, its folder as base directory. */
    public static ReadOptions forFile(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return new ReadOptions(file.toString(), parent, false, true, Limits.defaults());
    }

    public ReadOptions withSourceName(String name) {
        return new ReadOptions(name, baseDirectory, restrictPaths, fullWidthPunctuation, limits);
    }

    public ReadOptions withBaseDirectory(Path dir) {
        return new ReadOptions(sourceName, dir, restrictPaths, fullWidthPunctuation, limits);
    }

    public ReadOptions withRestrictPaths(boolean restrict) {
        return new ReadOptions(sourceName, baseDirectory, restrict, fullWidthPunctuation, limits);
    }

    public ReadOptions withFullWidthPunctuation(boolean on) {
        return new ReadOptions(sourceName, baseDirectory, restrictPaths, on, limits);
    }

    /** Inputs larger than this are refused before parsing. */
    public long maxInputBytes() {
        return limits.maxInputBytes();
    }

    public ReadOptions withMaxInputBytes(long max) {
        return withLimits(limits.withMaxInputBytes(max));
    }

    public ReadOptions withLimits(Limits limits) {
        return new ReadOptions(sourceName, baseDirectory, restrictPaths, fullWidthPunctuation, limits);
    }
}
