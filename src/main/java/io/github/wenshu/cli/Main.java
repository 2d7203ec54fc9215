package io.github.wenshu.cli;

import io.github.wenshu.export.Exporters;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

    /** POI logs through Log4j's API; without this, Log4j complains on stderr that it has no provider. */
    private static final String LOG4J_FACTORY = "log4j2.loggerContextFactory";

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty(LOG4J_FACTORY) == null) {
            System.setProperty(LOG4J_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
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
