package io.github.wenshu.read;

import io.github.wenshu.model.Report;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads one input format into a {@link Report}. Implementations are stateless and thread-safe and are
 * registered in {@code META-INF/services/io.github.wenshu.read.ReportReader}.
 *
 * <pre>{@code
 * Report r = Readers.forFile(Path.of("report.txt")).read(in, ReadOptions.forFile(Path.of("report.txt")));
 * }</pre>
 */
public interface ReportReader {

    /** A short name: "json", "text". */
    String name();

    /** File name extensions this reader takes, lower case without the dot. */
    List<String> extensions();

    /**
     * Reads a whole report.
     *
     * @throws ReadException when the input is not valid, saying where and what was expected
     * @throws IOException   when reading {@code in} fails
     */
    Report read(InputStream in, ReadOptions options) throws IOException;
}
