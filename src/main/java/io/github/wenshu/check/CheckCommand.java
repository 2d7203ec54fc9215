package io.github.wenshu.check;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code wenshu check FILE.pdf [--json]} command: measures a PDF against GB/T 9704-2012 and prints the
 * findings as text (or JSON with {@code --json}) to {@code out}; usage and read errors go to {@code err}.
 *
 * <p>Exit codes: {@code 0} the PDF conforms (warnings allowed), {@code 1} it does not, {@code 2} the file cannot
 * be read or the arguments are wrong.
 *
 * <pre>{@code
 * int code = CheckCommand.run(new String[] {"notice.pdf", "--json"}, System.out, System.err);
 * }</pre>
 */
public final class CheckCommand {
    public static final int CONFORMS = 0;
    public static final int DOES_NOT_CONFORM = 1;
    public static final int CANNOT_READ = 2;

    private static final String USAGE = "usage: wenshu check FILE.pdf [--json]";

    private CheckCommand() {
    }

    /** Runs the command; {@code args} are what follows "check" on the command line. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        Path file = null;
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("-h") || a.equals("--help")) {
                out.println(USAGE);
                return CONFORMS;
            } else if (a.startsWith("-") || file != null) {
                err.println("wenshu check: unexpected argument \"" + a + "\"\n" + USAGE);
                return CANNOT_READ;
            } else {
                file = Path.of(a);
            }
        }
        if (file == null) {
            err.println(USAGE);
            return CANNOT_READ;
        }
        if (!Files.isRegularFile(file)) {
            err.println("wenshu check: " + file + ": no such file");
            return CANNOT_READ;
        }
        ConformanceReport report;
        try {
            report = new Checker().check(file);
        } catch (IOException | RuntimeException e) {
            err.println("wenshu check: " + file + ": cannot read as PDF: " + e.getMessage());
            return CANNOT_READ;
        }
        out.print(json ? ReportWriter.json(report) : ReportWriter.text(report));
        return report.conforms() ? CONFORMS : DOES_NOT_CONFORM;
    }
}
