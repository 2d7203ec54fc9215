package io.github.wenshu.cli;

import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.font.FontSet;
import io.github.wenshu.style.FontRole;
import io.github.wenshu.style.Style;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Builds the {@link ExportOptions} of a run from the command line: the default options (which honour
 * {@code SOURCE_DATE_EPOCH}), then {@code --style}, then each {@code --font}.
 */
final class ExportSetup {

    /** Reads a style file. Errors name the file and, where possible, line and column. */
    @FunctionalInterface
    interface StyleLoader {
        Style load(Path file) throws IOException, UsageException;
    }

    private ExportSetup() {
    }

    static ExportOptions build(CliOptions cli, StyleLoader styles) throws IOException, UsageException {
        ExportOptions options;
        try {
            options = ExportOptions.defaults();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (cli.style() != null) {
            options = options.withStyle(styles.load(cli.style()));
        }
        if (!cli.fonts().isEmpty()) {
            options = options.withFonts(withFonts(options.fonts(), cli.fonts()));
        }
        return options;
    }

    private static FontSet withFonts(FontSet base, Map<FontRole, Path> fonts) throws UsageException {
        throw new UsageException("--font is not available in this build yet");
    }
}
