package io.github.wenshu.cli;

import io.github.wenshu.export.Exporters;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code wenshu} command: converts reports to PDF and DOCX, or runs a subcommand such as {@code check}.
 *
 * <pre>{@code
 * wenshu examples/baoan-2024-report.txt                 # out/baoan-2024-report.pdf and .docx
 * wenshu a.json b.txt --format pdf --out build/docs --quiet
 * wenshu check out/baoan-2024-report.pdf --json
 * }</pre>
 *
 * Exit status: 0 when every input was converted, 1 when any input failed, 2 for a usage error.
 */
public final class Main {

    /**
     * PDFBox and FontBox log through commons-logging to java.util.logging. What they note about another
     * producer's fonts while {@code wenshu check} reads a PDF ("No PostScript name data is provided for the font")
     * is no finding of the check and would only clutter its output; errors still show.
     */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    private Main() {
    }

    public static void main(String[] args) {
        QUIETED.forEach(logger -> logger.setLevel(Level.SEVERE));
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command with the given streams and returns the exit status instead of exiting. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0) {
            Optional<Subcommand> sub = Subcommands.find(args[0]);
            if (sub.isPresent()) {
                return sub.get().run(List.of(args).subList(1, args.length), out, err);
            }
        }
        CliOptions options;
        try {
            options = ArgParser.parse(Arrays.asList(args), Exporters.formats());
        } catch (UsageException e) {
            return e.report(err);
        }
        if (options.help()) {
            out.print(Help.text(Exporters.formats()));
            return ExitCodes.OK;
        }
        return new ConvertRunner(options, err).run();
    }
}
