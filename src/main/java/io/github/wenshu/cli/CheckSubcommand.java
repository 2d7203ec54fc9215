package io.github.wenshu.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code wenshu check FILE.pdf [--json]}: measures a PDF against GB/T 9704. The checker is not part of this
 * build yet, so the command says so and exits with {@link ExitCodes#USAGE}.
 */
final class CheckSubcommand implements Subcommand {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String usage() {
        return "check FILE.pdf [--json]";
    }

    @Override
    public String summary() {
        return "measure a PDF against GB/T 9704 (exit 0 conforms, 1 does not, 2 unreadable)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("wenshu check: the GB/T 9704 checker is not available in this build");
        return ExitCodes.USAGE;
    }
}
