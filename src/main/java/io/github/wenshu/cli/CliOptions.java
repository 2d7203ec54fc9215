package io.github.wenshu.cli;

import io.github.wenshu.style.FontRole;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed conversion command line.
 *
 * @param inputs  report files, in the order given
 * @param formats format names, each once, in the order given (default pdf, docx)
 * @param outDir  the folder outputs are written to (default {@code out})
 * @param style   a style file, or null for the GB/T 9704 style
 * @param fonts   font files replacing the bundled face of a role
 * @param quiet   no progress lines (warnings and errors are still printed)
 * @param debug   stack traces for internal errors
 * @param help    print the help text and do nothing else
 */
public record CliOptions(List<Path> inputs, List<String> formats, Path outDir, Path style,
                         Map<FontRole, Path> fonts, boolean quiet, boolean debug, boolean help) {

    public static final List<String> DEFAULT_FORMATS = List.of("pdf", "docx");
    public static final Path DEFAULT_OUT_DIR = Path.of("out");

    public CliOptions {
        inputs = List.copyOf(inputs);
        formats = List.copyOf(formats);
        fonts = Collections.unmodifiableMap(new LinkedHashMap<>(fonts));
    }
}
