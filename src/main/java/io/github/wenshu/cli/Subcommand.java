package io.github.wenshu.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A {@code wenshu NAME ...} command other than conversion. Built-in ones are listed in {@link Subcommands};
 * others can be registered in {@code META-INF/services/io.github.wenshu.cli.Subcommand}.
 *
 * <pre>{@code
 * final class HelloCommand implements Subcommand {
 *     public String name() { return "hello"; }
 *     public String usage() { return "hello [NAME]"; }
 *     public String summary() { return "greets"; }
 *     public int run(List<String> args, PrintStream out, PrintStream err) {
 *         out.println("你好 " + String.join(" ", args));
 *         return ExitCodes.OK;
 *     }
 * }
 * }</pre>
 */
public interface Subcommand {

    /** The word after {@code wenshu}: "check". */
    String name();

    /** The command line shape after {@code wenshu}: "check FILE.pdf [--json]". */
    String usage();

    /** One line for the help text. */
    String summary();

    /** Runs with the arguments after the name and returns the exit status ({@link ExitCodes}). */
    int run(List<String> args, PrintStream out, PrintStream err);
}
