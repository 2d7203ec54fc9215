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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Converts every input of a {@link CliOptions} to every format: the inputs one after the other, the formats of
 * an input at the same time (see {@link Workers}), reported in the order they were asked for. A failing input
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
        try (Workers workers = new Workers(Runtime.getRuntime().availableProcessors() > 1 ? 2 : 0)) {
            preparse(workers, options);
            for (Path input : cli.inputs()) {
                allConverted &= convert(input, exporters, options, workers);
            }
        }
        return allConverted ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** Parses the faces of the font set on the helper threads while the first input is read. */
    private static void preparse(Workers workers, ExportOptions options) {
        options.fonts().faces().values().stream().distinct()
                .forEach(face -> workers.background(() -> face.canDisplay(0x4E00)));
    }

    private boolean convert(Path input, List<Exporter> exporters, ExportOptions options, Workers workers) {
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
        List<Callable<Outcome>> tasks = new ArrayList<>();
        for (Exporter exporter : exporters) {
            Path target;
            try {
                target = plan.claim(input, exporter.fileExtension());
            } catch (IOException e) {
                String message = input + ": " + e.getMessage();
                tasks.add(() -> Outcome.failed(c -> c.error(message)));
                continue;
            }
            tasks.add(() -> export(input, report, exporter, options, target));
        }
        List<Outcome> outcomes;
        try {
            outcomes = workers.all(tasks);
        } catch (Exception e) {
            console.internalError(input, "writing", e);
            return false;
        }
        boolean ok = true;
        Set<Warning> warned = new HashSet<>();
        for (Outcome o : outcomes) {
            ok &= o.report(console, input, warned);
        }
        return ok;
    }

    /** Writes one format; runs on any thread and only records what to tell the user. */
    private static Outcome export(Path input, Report report, Exporter exporter, ExportOptions options, Path target) {
        long start = System.nanoTime();
        try {
            ExportResult result = AtomicOutput.write(target, out -> exporter.export(report, options, out));
            return new Outcome(exporter.format(), target, result,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), null);
        } catch (ExportException e) {
            return Outcome.failed(c -> c.error(input + ": " + e.getMessage()));
        } catch (IOException e) {
            return Outcome.failed(c -> c.error(target + ": cannot write: " + IoMessages.describe(e)));
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(c -> c.internalError(input, "writing " + exporter.format(), e));
        }
    }

    /** One format's result, or what went wrong; told to the console in the formats' order. */
    private record Outcome(String format, Path target, ExportResult result, long millis, Consumer<Console> failure) {

        static Outcome failed(Consumer<Console> failure) {
            return new Outcome(null, null, null, 0, failure);
        }

        boolean report(Console console, Path input, Set<Warning> warned) {
            if (failure != null) {
                failure.accept(console);
                return false;
            }
            console.progress(input, target, format, result.pages(), millis);
            for (Warning w : result.warnings()) {
                if (warned.add(new Warning("", w.location(), w.message()))) {
                    console.warning(input, w);
                }
            }
            return true;
        }
    }
}
