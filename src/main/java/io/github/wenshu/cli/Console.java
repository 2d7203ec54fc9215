package io.github.wenshu.cli;

import io.github.wenshu.export.Warning;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Everything {@code wenshu} tells the user while converting, on standard error, one line each.
 *
 * <pre>{@code
 * console.progress(Path.of("a.txt"), Path.of("out/a.pdf"), "pdf", 12, 340);   // a.txt -> out/a.pdf (pdf, 12 pages, 340 ms)
 * console.warning(Path.of("a.txt"), warning);                                // a.txt: warning: body[3]: …
 * console.error("a.txt:12:7: expected …");
 * }</pre>
 */
final class Console {

    private final PrintStream err;
    private final boolean quiet;
    private final boolean debug;

    Console(PrintStream err, boolean quiet, boolean debug) {
        this.err = err;
        this.quiet = quiet;
        this.debug = debug;
    }

    void progress(Path input, Path output, String format, int pages, long millis) {
        if (!quiet) {
            String pageText = pages > 0 ? pages + (pages == 1 ? " page, " : " pages, ") : "";
            err.println(input + " -> " + output + " (" + format + ", " + pageText + millis + " ms)");
        }
    }

    void warning(Path input, Warning w) {
        err.println(input + ": warning: " + w.location() + ": " + w.message());
    }

    /** A problem with the user's input or environment, already phrased with where it is. */
    void error(String message) {
        err.println(message);
    }

    /** A failure that is our fault: a short message, and the stack trace only with {@code --debug}. */
    void internalError(Path input, String doing, Throwable t) {
        err.println(input + ": internal error while " + doing + ": " + t
                + " — please report this" + (debug ? "" : " (run with --debug for details)"));
        if (debug) {
            t.printStackTrace(err);
        }
    }
}
