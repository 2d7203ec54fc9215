package io.github.wenshu.cli;

import io.github.wenshu.check.CheckCommand;

import java.io.PrintStream;
import java.util.List;

/** {@code wenshu check FILE.pdf [--json]}: measures a PDF against GB/T 9704 with {@link CheckCommand}. */
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
        return CheckCommand.run(args.toArray(String[]::new), out, err);
    }
}
