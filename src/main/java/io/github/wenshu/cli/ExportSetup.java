package io.github.wenshu.cli;

import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.font.FontSet;
import io.github.wenshu.read.StyleReader;
import io.github.wenshu.style.FontRole;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Builds the {@link ExportOptions} of a run from the command line: the default options (which honour
 * {@code SOURCE_DATE_EPOCH}), then the {@code --style} file with the fonts it names, then each {@code --font},
 * which wins over the style file's font for the same role.
 */
final class ExportSetup {

    private ExportSetup() {
    }

    /**
     * @throws UsageException  for a bad {@code SOURCE_DATE_EPOCH} or a font file that cannot be used
     * @throws IOException     when the style file cannot be read
     * @throws io.github.wenshu.read.ReadException when the style file is not a valid style, with line:column
     */
    static ExportOptions build(CliOptions cli) throws IOException, UsageException {
        ExportOptions options;
        try {
            options = ExportOptions.defaults();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Map<FontRole, Path> fonts = new EnumMap<>(FontRole.class);
        if (cli.style() != null) {
            StyleReader.StyleFile style = StyleReader.read(cli.style());
            options = options.withStyle(style.style());
            fonts.putAll(style.fonts());
        }
        fonts.putAll(cli.fonts());
        if (!fonts.isEmpty()) {
            options = options.withFonts(withFonts(options.fonts(), fonts));
        }
        return options;
    }

    private static FontSet withFonts(FontSet base, Map<FontRole, Path> fonts) throws UsageException {
        FontSet set = base;
        for (Map.Entry<FontRole, Path> font : fonts.entrySet()) {
            try {
                set = set.with(font.getKey(), font.getValue());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return set;
    }
}
