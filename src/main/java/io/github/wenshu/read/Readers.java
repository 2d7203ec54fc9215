package io.github.wenshu.read;

import io.github.wenshu.model.Report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The readers found through {@link ServiceLoader}, chosen by file extension.
 *
 * <pre>{@code
 * Report report = Readers.read(Path.of("examples/baoan-2024-report.txt"));
 * }</pre>
 */
public final class Readers {

    private Readers() {
    }

    public static List<ReportReader> all() {
        List<ReportReader> found = new ArrayList<>();
        ServiceLoader.load(ReportReader.class, Readers.class.getClassLoader()).forEach(found::add);
        return found;
    }

    public static Optional<ReportReader> forExtension(String extension) {
        String wanted = extension.toLowerCase(Locale.ROOT);
        return all().stream().filter(r -> r.extensions().contains(wanted)).findFirst();
    }

    /**
     * The reader for a file's extension.
     *
     * @throws ReadException naming the extensions that are known when none matches
     */
    public static ReportReader forFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return forExtension(ext).orElseThrow(() -> new ReadException(file.toString(), 0, 0, null,
                "unknown input kind '." + ext + "'; expected one of: "
                        + String.join(", ", all().stream().flatMap(r -> r.extensions().stream())
                        .map(e -> "." + e).toList())));
    }

    /** Reads a file with the reader for its extension and {@link ReadOptions#forFile}. */
    public static Report read(Path file) throws IOException {
        return read(file, ReadOptions.forFile(file));
    }

    public static Report read(Path file, ReadOptions options) throws IOException {
        ReportReader reader = forFile(file);
        long size = Files.size(file);
        if (size > options.maxInputBytes()) {
            throw new ReadException(file.toString(), 0, 0, null, "input is " + size + " bytes, more than the limit of "
                    + options.maxInputBytes() + " bytes");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in, options);
        }
    }
}
