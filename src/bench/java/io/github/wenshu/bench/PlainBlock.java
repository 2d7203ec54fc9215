package io.github.wenshu.bench;

import java.util.List;

/**
 * The text of a report as the naive contenders see it: what a short hand-written program would loop over.
 *
 * <pre>{@code
 * for (PlainBlock b : PlainBlock.of(report)) { if (b instanceof PlainBlock.Para p) { … } }
 * }</pre>
 */
sealed interface PlainBlock {

    /** A title line, set centred and larger. */
    record Title(String text) implements PlainBlock {
    }

    /** A numbered heading, its number included; a run-in heading carries its following text too. */
    record Heading(int level, String text) implements PlainBlock {
    }

    /** A body paragraph. */
    record Para(String text) implements PlainBlock {
    }

    /** A table: the first {@code headerRows} rows repeat on every page. */
    record Grid(String caption, int headerRows, List<List<String>> rows) implements PlainBlock {
        int columns() {
            return rows.stream().mapToInt(List::size).max().orElse(1);
        }
    }

    static List<PlainBlock> of(io.github.wenshu.model.Report report) {
        return PlainText.flatten(report);
    }
}
