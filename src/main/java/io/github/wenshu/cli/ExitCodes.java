package io.github.wenshu.cli;

/** The exit statuses of {@code wenshu}: the same for every subcommand. */
public final class ExitCodes {
    /** Every input converted (or, for {@code check}, the file conforms). */
    public static final int OK = 0;
    /** At least one input failed; the others were still processed. */
    public static final int FAILED = 1;
    /** The command line itself is wrong: unknown option, missing value, no inputs, unknown format. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
