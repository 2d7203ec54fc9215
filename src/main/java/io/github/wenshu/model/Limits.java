package io.github.wenshu.model;

/**
 * How large an input or a report may be. Readers check the input size before parsing and the JSON nesting,
 * string and number lengths while parsing; exporters check the report with {@link ReportLimits} before
 * writing a byte, so a hostile input fails fast with a clear message instead of exhausting memory or stack.
 * The defaults are generous for real documents (a 500-page report fits) and small enough for a server.
 *
 * <pre>{@code
 * Limits strict = Limits.defaults().withMaxInputBytes(1 << 20).withMaxImageBytes(2 << 20);
 * ReadOptions read = ReadOptions.forFile(path).withLimits(strict);
 * ExportOptions export = ExportOptions.defaults().withLimits(strict);
 * }</pre>
 *
 * @param maxInputBytes   bytes of one input file or stream (JSON or text)
 * @param maxNestingDepth how deep lists may nest inside lists (a JSON input may nest 4 levels per list level
 *                        plus 8, see {@link #maxJsonDepth()})
 * @param maxBlocks       blocks in the whole report, nested ones included
 * @param maxTextLength   characters in one piece of text (a run, a caption, a metadata field)
 * @param maxTableRows    rows of one table
 * @param maxTableColumns grid columns of one table
 * @param maxTableCells   cells of one table
 * @param maxImageBytes   bytes of one image (file or embedded data)
 * @param maxImagePixels  width × height of one image, read from its header without decoding it
 */
public record Limits(long maxInputBytes, int maxNestingDepth, int maxBlocks, int maxTextLength,
                     int maxTableRows, int maxTableColumns, int maxTableCells,
                     long maxImageBytes, long maxImagePixels) {

    private static final Limits DEFAULTS = new Limits(16L << 20, 32, 100_000, 1_000_000,
            10_000, 64, 100_000, 20L << 20, 50_000_000L);

    public Limits {
        positive("maxInputBytes", maxInputBytes);
        positive("maxNestingDepth", maxNestingDepth);
        positive("maxBlocks", maxBlocks);
        positive("maxTextLength", maxTextLength);
        positive("maxTableRows", maxTableRows);
        positive("maxTableColumns", maxTableColumns);
        positive("maxTableCells", maxTableCells);
        positive("maxImageBytes", maxImageBytes);
        positive("maxImagePixels", maxImagePixels);
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    /** 16 MiB input, lists 32 deep, 100,000 blocks, 1,000,000 characters a text, tables of at most 10,000 rows,
     *  64 columns and 100,000 cells, images of at most 20 MiB and 50 megapixels. */
    public static Limits defaults() {
        return DEFAULTS;
    }

    /** The JSON nesting a report within these limits needs: 4 levels per list level, plus 8. */
    public int maxJsonDepth() {
        return 4 * maxNestingDepth + 8;
    }

    /** The longest JSON string: a text, or an image as base64. */
    public int maxJsonStringLength() {
        return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(maxTextLength, maxImageBytes / 3 * 4 + 1024));
    }

    public Limits withMaxInputBytes(long v) {
        return new Limits(v, maxNestingDepth, maxBlocks, maxTextLength, maxTableRows, maxTableColumns,
                maxTableCells, maxImageBytes, maxImagePixels);
    }

    public Limits withMaxNestingDepth(int v) {
        return new Limits(maxInputBytes, v, maxBlocks, maxTextLength, maxTableRows, maxTableColumns,
                maxTableCells, maxImageBytes, maxImagePixels);
    }

    public Limits withMaxBlocks(int v) {
        return new Limits(maxInputBytes, maxNestingDepth, v, maxTextLength, maxTableRows, maxTableColumns,
                maxTableCells, maxImageBytes, maxImagePixels);
    }

    public Limits withMaxTextLength(int v) {
        return new Limits(maxInputBytes, maxNestingDepth, maxBlocks, v, maxTableRows, maxTableColumns,
                maxTableCells, maxImageBytes, maxImagePixels);
    }

    /** Rows, columns and cells of one table. */
    public Limits withMaxTable(int rows, int columns, int cells) {
        return new Limits(maxInputBytes, maxNestingDepth, maxBlocks, maxTextLength, rows, columns, cells,
                maxImageBytes, maxImagePixels);
    }

    public Limits withMaxImageBytes(long v) {
        return new Limits(maxInputBytes, maxNestingDepth, maxBlocks, maxTextLength, maxTableRows, maxTableColumns,
                maxTableCells, v, maxImagePixels);
    }

    public Limits withMaxImagePixels(long v) {
        return new Limits(maxInputBytes, maxNestingDepth, maxBlocks, maxTextLength, maxTableRows, maxTableColumns,
                maxTableCells, maxImageBytes, v);
    }
}
