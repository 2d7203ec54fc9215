package io.github.wenshu.export;

import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Metadata;

import java.util.List;

/**
 * The texts of the 版记 (GB/T 9704 §7.4) that every exporter prints alike: the 抄送 line, and the
 * {@code part-not-printed} warning for the 印发机关/印发日期 a letter leaves out (§10.1).
 *
 * <pre>{@code
 * String line = ImprintText.copyTo(metadata);            // "抄送：区委办，区政府办。" or null
 * ImprintText.unprinted(metadata).forEach(warnings::add);
 * }</pre>
 */
public final class ImprintText {
    /** The label that opens the 抄送 line; wrapped lines align after it. */
    public static final String COPY_LABEL = "抄送：";

    private ImprintText() {
    }

    /** The 抄送 line ending with one "。", or null when there is no 抄送机关. */
    public static String copyTo(Metadata m) {
        if (m.copyTo().isEmpty()) {
            return null;
        }
        return (COPY_LABEL + String.join("，", m.copyTo()) + "。").replace("。。", "。");
    }

    /** A warning when a letter is given an 印发机关 or 印发日期, which its 版记 does not carry; else none. */
    public static List<Warning> unprinted(Metadata m) {
        if (m.form() != DocumentForm.LETTER || m.printer() == null && m.printDate() == null) {
            return List.of();
        }
        return List.of(new Warning(MarkIssuers.CODE, m.printer() != null ? "metadata.printer" : "metadata.printDate",
                "a letter's 版记 carries no 印发机关 or 印发日期 (GB/T 9704 §10.1), so they are not printed"));
    }
}
