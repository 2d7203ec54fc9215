package io.github.wenshu.export.docx;

/**
 * How many grid lines a centred caption takes, estimated from its characters (full-width ones count one
 * character pitch, others half), so the picture above it can be capped to leave room on the page.
 *
 * <pre>{@code
 * CaptionRows.count("图1 案件数量", 28);   // 1
 * }</pre>
 */
final class CaptionRows {

    private CaptionRows() {
    }

    static int count(String caption, int charsPerLine) {
        int rows = 0;
        for (String line : caption.split("\n", -1)) {
            double width = line.codePoints().mapToDouble(cp -> cp < 0x1100 ? 0.5 : 1).sum();
            rows += Math.max(1, (int) Math.ceil(width / charsPerLine - 1e-9));
        }
        return rows;
    }
}
