package io.github.wenshu.cli;

import java.io.PrintStream;

/** A command line that cannot be run as written; its message says what is wrong and what is allowed. */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }

    /** Prints the message and a hint to stderr and returns {@link ExitCodes#USAGE}. */
    public int report(PrintStream err) {
        err.println("wenshu: " + getMessage());
        err.println("Try 'wenshu --help' for more information.");
        return ExitCodes.USAGE;
    }
}
