package io.github.wenshu.cli;

import io.github.wenshu.style.FontRole;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The text of {@code wenshu --help}. */
final class Help {

    private Help() {
    }

    static String text(List<String> formats) {
        String roles = Arrays.stream(FontRole.values()).map(FontRole::key).collect(Collectors.joining(", "));
        String usages = Subcommands.all().stream()
                .map(s -> "       wenshu " + s.usage() + "\n")
                .collect(Collectors.joining());
        String summaries = Subcommands.all().stream()
                .map(s -> String.format("  %-22s%s%n", s.name(), s.summary()))
                .collect(Collectors.joining());
        return """
                Usage: wenshu INPUT... [options]
                %s
                Turns reports (.json or .txt) into print-ready documents in the GB/T 9704-2012 style.
                Each INPUT gives OUT/NAME.pdf, OUT/NAME.docx, ... where NAME is the input's base name.

                Options:
                  -f, --format LIST     formats to write, comma-separated (default: pdf,docx)
                                        available: %s
                  -o, --out DIR         output folder, created when missing (default: out)
                      --style FILE      a style file (JSON) instead of the GB/T 9704 default style
                      --font ROLE=FILE  use a font file (TTF, OTF, TTC) for a role; repeatable
                                        roles: %s
                  -q, --quiet           no progress lines (warnings and errors are still printed)
                      --debug           print stack traces of internal errors
                  -h, --help            this text
                  --                    everything after it is an input file

                Progress, warnings and errors go to standard error:
                  INPUT -> OUTPUT (FORMAT, PAGES pages, MS ms)
                  INPUT: warning: WHERE: MESSAGE
                  INPUT:LINE:COL: MESSAGE
                Outputs are written to a temporary file and moved into place: never half-written.
                An output that would replace one of the inputs is refused.

                Commands:
                %s
                Environment:
                  SOURCE_DATE_EPOCH     seconds since 1970 written as the creation time (reproducible output)

                Exit status: 0 all inputs converted, 1 some input failed (the others are still converted),
                2 usage error.
                """.formatted(usages, formats.isEmpty() ? "none" : String.join(", ", formats), roles, summaries);
    }
}
