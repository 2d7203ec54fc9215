package io.github.wenshu.check;

/** Fonts must be embedded, or the §5.2.2 faces are whatever the printer has. */
final class EmbeddingCheck implements Check {
    @Override
    public void run(CheckContext ctx, Findings out) {
        if (ctx.layout().fonts().isEmpty()) {
            out.notApplicable(Rule.FONT_EMBEDDED, "no text");
            return;
        }
        out.checked(Rule.FONT_EMBEDDED);
        for (FontUse f : ctx.layout().fonts()) {
            if (!f.embedded()) {
                out.error(Rule.FONT_EMBEDDED, f.firstPage(), "font \"" + f.name() + "\" not embedded", "embedded");
            }
        }
    }
}
