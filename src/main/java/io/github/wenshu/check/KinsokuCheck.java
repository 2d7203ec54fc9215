package io.github.wenshu.check;

import java.util.List;

/**
 * §9 punctuation per GB/T 15834: 句号, 逗号, 顿号, 分号, 冒号, 问号, 叹号 and the closing halves of quotes, brackets
 * and 书名号 never begin a line; opening halves never end one. 破折号 and 省略号 may begin a line.
 */
final class KinsokuCheck implements Check {
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〗〉”’,.;:?!)]}";
    private static final String NO_LINE_END = "（《「『【〔〖〈“‘([{";

    @Override
    public void run(CheckContext ctx, Findings out) {
        for (PageGeometry g : ctx.pages()) {
            for (TextLine l : g.content()) {
                List<Glyph> v = l.visible();
                if (v.size() < 2) {
                    continue;
                }
                out.checked(Rule.KINSOKU);
                String first = v.get(0).text();
                String last = v.get(v.size() - 1).text();
                if (NO_LINE_START.contains(first)) {
                    out.error(Rule.KINSOKU, g.page().number(), "line \"" + Excerpt.of(l) + "\" starts with \"" + first
                            + "\"", "no line starts with closing punctuation");
                }
                if (NO_LINE_END.contains(last)) {
                    out.error(Rule.KINSOKU, g.page().number(), "line \"" + Excerpt.of(l) + "\" ends with \"" + last
                            + "\"", "no line ends with opening punctuation");
                }
            }
        }
        out.notApplicable(Rule.KINSOKU, "no text lines");
    }
}
