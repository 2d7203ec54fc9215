package io.github.wenshu.cli;

import io.github.wenshu.export.ExportException;
import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.ExportResult;
import io.github.wenshu.export.Exporter;
import io.github.wenshu.export.Exporters;
import io.github.wenshu.export.Warning;
import io.github.wenshu.model.Report;
import io.github.wenshu.read.ReadException;
import io.github.wenshu.read.ReadOptions;
import io.github.wenshu.read.Readers;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Converts every input of a {@link CliOptions} to every format, one after the other. A failing input
 * is reported and skipped; the others are still converted.
 */
final class ConvertRunner {

    private final CliOptions cli;
    private final Console console;
    private final PrintStream err;
    private final OutputPlan plan;

    ConvertRunner(CliOptions cli, PrintStream err) {
        this.cli = cli;
        this.err = err;
        this.console = new Console(err, cli.quiet(), cli.debug());
        this.plan = new OutputPlan(cli.inputs(), cli.outDir());
    }

    int run() {
        ExportOptions options;
        try {
            options = ExportSetup.build(cli);
        } catch (UsageException e) {
            return e.report(err);
        } catch (ReadException e) {
            console.error(e.getMessage());
            return ExitCodes.FAILED;
        } catch (IOException e) {
            console.error(cli.style() + ": cannot read: " + IoMessages.describe(e));
            return ExitCodes.FAILED;
        }
        List<Exporter> exporters = cli.formats().stream().map(Exporters::forFormat).toList();
        boolean allConverted = true;
        for (Path input : cli.inputs()) {
            allConverted &= convert(input, exporters, options);
        }
        return allConverted ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private boolean convert(Path input, List<Exporter> exporters, ExportOptions options) {
        Report report;
        try {
            report = Readers.read(input, ReadOptions.forFile(input).withRestrictPaths(true));
        } catch (ReadException e) {
            console.error(e.getMessage());
            return false;
        } catch (IOException e) {
            console.error(input + ": cannot read: " + IoMessages.describe(e));
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            console.internalError(input, "reading", e);
            return false;
        }
        boolean ok = true;
        Set<Warning> warned = new HashSet<>();
        for (Exporter exporter : exporters) {
            ok &= export(input, report, exporter, options, warned);
        }
        return ok;
    }

    private boolean export(Path input, Report report, Exporter exporter, ExportOptions options, Set<Warning> warned) {
        Path target;
        try {
            target = plan.claim(input, exporter.fileExtension());
        } catch (IOException e) {
            console.error(input + ": " + e.getMessage());
            return false;
        }
        long start = System.nanoTime();
        try {
            ExportResult result = AtomicOutput.write(target, out -> exporter.export(report, options, out));
            console.progress(input, target, exporter.format(), result.pages(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            for (Warning w : result.warnings()) {
                if (warned.add(new Warning("", w.location(), w.message()))) {
                    console.warning(input, w);
                }
            }
            return true;
        } catch (ExportException e) {
            console.error(input + ": " + e.getMessage());
        } catch (IOException e) {
            console.error(target + ": cannot write: " + IoMessages.describe(e));
        } catch (RuntimeException | StackOverflowError e) {
            console.internalError(input, "writing " + exporter.format(), e);
        }
        return false;
    }
}
