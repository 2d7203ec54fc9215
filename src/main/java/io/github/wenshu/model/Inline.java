package io.github.wenshu.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A run of text with the same emphasis, optionally a link.
 *
 * <pre>{@code
 * List<Inline> text = List.of(Inline.plain("共办理"), Inline.of("2384", InlineStyle.BOLD), Inline.plain("件。"));
 * }</pre>
 *
 * @param text   the characters of the run, never null
 * @param styles emphasis applied to the whole run
 * @param link   target URI when the run is a link, otherwise null
 */
public record Inline(String text, Set<InlineStyle> styles, String link) {

    public Inline {
        Objects.requireNonNull(text, "text");
        styles = styles == null || styles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(styles));
    }

    public static Inline plain(String text) {
        return new Inline(text, Set.of(), null);
    }

    public static Inline of(String text, InlineStyle... styles) {
        return new Inline(text, Set.of(styles), null);
    }

    public static Inline link(String text, String target) {
        return new Inline(text, Set.of(), Objects.requireNonNull(target, "target"));
    }

    public boolean has(InlineStyle style) {
        return styles.contains(style);
    }

    /** Concatenates the text of runs, dropping their emphasis. */
    public static String plainText(List<Inline> runs) {
        StringBuilder sb = new StringBuilder();
        for (Inline run : runs) {
            sb.append(run.text());
        }
        return sb.toString();
    }
}
