package io.github.wenshu.export;

import io.github.wenshu.font.FontSet;
import io.github.wenshu.model.Limits;
import io.github.wenshu.style.OfficialStyle;
import io.github.wenshu.style.Style;

import java.time.Instant;
import java.util.Objects;

/**
 * The inputs of an export besides the report: style, fonts and the timestamp written into the file.
 *
 * <pre>{@code
 * ExportOptions options = ExportOptions.defaults()
 *     .withFonts(FontSet.bundled().with(FontRole.FANGSONG, Path.of("FangSong_GB2312.ttf")))
 *     .withTimestamp(Instant.parse("2024-12-19T00:00:00Z"));
 * }</pre>
 *
 * @param style       page geometry, grid, sizes, font roles
 * @param fonts       the faces behind the style's font roles
 * @param timestamp   creation time written into the document; fixed for reproducible output
 * @param embedFonts  embed font subsets where the format allows a choice (DOCX); PDF always embeds
 * @param limits      sizes a report may have (blocks, nesting, tables, images); exporters refuse larger ones
 */
public record ExportOptions(Style style, FontSet fonts, Instant timestamp, boolean embedFonts, Limits limits) {

    public ExportOptions {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(fonts, "fonts");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(limits, "limits");
    }

    /** Options with the default {@link Limits}. */
    public ExportOptions(Style style, FontSet fonts, Instant timestamp, boolean embedFonts) {
        this(style, fonts, timestamp, embedFonts, Limits.defaults());
    }

    /**
     * The GB/T 9704 style, the bundled fonts, embedding on, and the time from {@code SOURCE_DATE_EPOCH}
     * when that variable is set (seconds since 1970), else now.
     */
    public static ExportOptions defaults() {
        return new ExportOptions(OfficialStyle.gbt9704(), FontSet.bundled(), Timestamps.fromEnvironment(), true);
    }

    public ExportOptions withStyle(Style style) {
        return new ExportOptions(style, fonts, timestamp, embedFonts, limits);
    }

    public ExportOptions withFonts(FontSet fonts) {
        return new ExportOptions(style, fonts, timestamp, embedFonts, limits);
    }

    public ExportOptions withTimestamp(Instant timestamp) {
        return new ExportOptions(style, fonts, timestamp, embedFonts, limits);
    }

    public ExportOptions withEmbedFonts(boolean embedFonts) {
        return new ExportOptions(style, fonts, timestamp, embedFonts, limits);
    }

    public ExportOptions withLimits(Limits limits) {
        return new ExportOptions(style, fonts, timestamp, embedFonts, limits);
    }
}
