package io.github.wenshu.export;

/**
 * A report that cannot be exported as asked, with where in the report the problem is.
 *
 * <pre>{@code
 * throw new ExportException("body[4]", "image 'chart.png' is not a PNG or JPEG file");
 * }</pre>
 */
public class ExportException extends RuntimeException {

    private final String location;

    public ExportException(String location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public ExportException(String location, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
    }

    /** Where in the report: a path such as "body[4]" or "attachments[0].blocks[2]". */
    public String location() {
        return location;
    }
}
