package io.github.wenshu.export;

import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * Which issuers a document form prints in its 发文机关标志, and a {@code part-not-printed} warning for each one it
 * leaves out — one rule for every exporter, so the same report gives the same parts and the same warnings in each
 * format. FILE and MINUTES print all organs; LETTER prints the lead organ only (§10.1: the letter's mark names the
 * 发文机关全称或规范化简称); PLAIN has no mark at all.
 *
 * <pre>{@code
 * List<String> organs = MarkIssuers.printed(metadata);          // what the mark shows
 * String suffix = MarkIssuers.suffix(metadata);                 // "文件", "纪要" or null
 * MarkIssuers.unprinted(metadata).forEach(warnings::add);       // what it does not, said
 * }</pre>
 */
public final class MarkIssuers {
    /** The warning code. */
    public static final String CODE = "part-not-printed";

    private MarkIssuers() {
    }

    /** The organs the form's mark names, lead organ first; empty when there is no mark. */
    public static List<String> printed(Metadata m) {
        if (m.issuers().isEmpty() || m.form() == DocumentForm.PLAIN) {
            return List.of();
        }
        return m.form() == DocumentForm.LETTER ? m.issuers().subList(0, 1) : m.issuers();
    }

    /** The text the mark shows after the organs: the given suffix; in a 纪要 without one, "纪要" unless an organ ends so. */
    public static String suffix(Metadata m) {
        if (m.form() == DocumentForm.MINUTES && m.markSuffix() == null && !m.issuers().isEmpty()
                && !m.issuers().get(0).endsWith("纪要")) {
            return "纪要";
        }
        return m.markSuffix();
    }

    /** One warning per issuer the form does not print (a single one for the whole field in the PLAIN form). */
    public static List<Warning> unprinted(Metadata m) {
        List<Warning> out = new ArrayList<>();
        if (m.issuers().isEmpty()) {
            return out;
        }
        if (m.form() == DocumentForm.PLAIN) {
            out.add(new Warning(CODE, "metadata.issuers", "a PLAIN report has no 发文机关标志, so the issuers are "
                    + "not printed; use the FILE, LETTER or MINUTES form to print them"));
        } else if (m.form() == DocumentForm.LETTER) {
            for (int i = 1; i < m.issuers().size(); i++) {
                out.add(new Warning(CODE, "metadata.issuers[" + i + "]", "the letter form's mark names the lead "
                        + "organ only; \"" + m.issuers().get(i) + "\" is not printed"));
            }
        }
        return out;
    }
}
