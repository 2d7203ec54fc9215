package io.github.wenshu.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The exporters found on the class path through {@link ServiceLoader}.
 *
 * <pre>{@code
 * Exporter pdf = Exporters.forFormat("pdf");
 * List<String> formats = Exporters.formats();    // [docx, pdf, …]
 * }</pre>
 */
public final class Exporters {

    private Exporters() {
    }

    /** Every exporter the class path provides, sorted by format name. */
    public static List<Exporter> all() {
        List<Exporter> found = new ArrayList<>();
        ServiceLoader.load(Exporter.class, Exporters.class.getClassLoader()).forEach(found::add);
        if (Thread.currentThread().getContextClassLoader() != null) {
            ServiceLoader.load(Exporter.class).forEach(e -> {
                if (found.stream().noneMatch(f -> f.getClass().equals(e.getClass()))) {
                    found.add(e);
                }
            });
        }
        found.sort(java.util.Comparator.comparing(Exporter::format));
        return found;
    }

    public static List<String> formats() {
        return all().stream().map(Exporter::format).toList();
    }

    public static Optional<Exporter> find(String format) {
        String wanted = format.trim().toLowerCase(Locale.ROOT);
        return all().stream().filter(e -> e.format().equals(wanted)).findFirst();
    }

    /**
     * The exporter of a format.
     *
     * @throws IllegalArgumentException naming the formats that are available when none matches
     */
    public static Exporter forFormat(String format) {
        return find(format).orElseThrow(() -> new IllegalArgumentException(
                "no exporter for format '" + format + "'; available: " + String.join(", ", formats())));
    }
}
