package io.github.wenshu.check;

import java.util.List;

/**
 * A PDF as the checks see it: its pages and the fonts it uses.
 *
 * @param pages pages in order
 * @param fonts each font once
 */
record DocumentLayout(List<PageLayout> pages, List<FontUse> fonts) {
    DocumentLayout {
        pages = List.copyOf(pages);
        fonts = List.copyOf(fonts);
    }
}
