package io.github.wenshu.read;

/**
 * Input that cannot be read, with where: {@code source:line:column}, and for JSON the path of the value.
 *
 * <pre>{@code
 * throw new ReadException("report.json", 12, 7, "$.body[3].level", "expected a level from 1 to 4, found 7");
 * // getMessage(): "report.json:12:7: $.body[3].level: expected a level from 1 to 4, found 7"
 * }</pre>
 */
public class ReadException extends RuntimeException {

    private final String source;
    private final int line;
    private final int column;
    private final String path;
    private final String detail;

    /**
     * @param source file name or other label of the input
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param path   JSON path such as "$.body[3].level", or null
     * @param detail what is wrong and what was expected
     */
    public ReadException(String source, int line, int column, String path, String detail) {
        super(format(source, line, column, path, detail));
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path;
        this.detail = detail;
    }

    private static String format(String source, int line, int column, String path, String detail) {
        StringBuilder sb = new StringBuilder(source == null ? "<input>" : source);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        sb.append(": ");
        if (path != null) {
            sb.append(path).append(": ");
        }
        return sb.append(detail).toString();
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String path() {
        return path;
    }

    public String detail() {
        return detail;
    }
}
