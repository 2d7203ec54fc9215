package io.github.wenshu.style;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The typefaces an official document uses, by role. Each role maps to one face of a font set, backed by
 * the full-coverage {@link #FALLBACK}.
 *
 * <pre>{@code
 * FontRole role = FontRole.parse("fangsong").orElseThrow();   // FANGSONG
 * String word = role.windowsName();                           // "仿宋_GB2312"
 * }</pre>
 */
public enum FontRole {
    /** 仿宋: body text, levels 3–4, most parts. */
    FANGSONG("仿宋_GB2312"),
    /** 黑体: level 1, the 附件 label, 密级, 紧急程度, table headers. */
    HEITI("黑体"),
    /** 楷体: level 2, the names of 签发人. */
    KAITI("楷体_GB2312"),
    /** 小标宋: title and 发文机关标志. */
    XIAOBIAOSONG("方正小标宋简体"),
    /** 宋体: page numbers. */
    SONGTI("宋体"),
    /** A face with every CJK Unified Ideograph, drawn wherever the role's own face lacks a glyph. */
    FALLBACK("Noto Serif CJK SC");

    private final String windowsName;

    FontRole(String windowsName) {
        this.windowsName = windowsName;
    }

    /** The family name Chinese office machines have for this role. */
    public String windowsName() {
        return windowsName;
    }

    /** The lower-case name used on the command line and in style files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Finds a role by its key, case-insensitively. */
    public static Optional<FontRole> parse(String key) {
        return Arrays.stream(values()).filter(r -> r.key().equalsIgnoreCase(key.trim())).findFirst();
    }
}
