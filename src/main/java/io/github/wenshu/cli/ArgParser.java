package io.github.wenshu.cli;

import io.github.wenshu.style.FontRole;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the conversion command line into {@link CliOptions}, or says exactly what is wrong.
 *
 * <pre>{@code
 * CliOptions o = ArgParser.parse(List.of("a.txt", "--format", "pdf"), Exporters.formats());
 * }</pre>
 */
final class ArgParser {

    /** "fonts.ttc,2": face 2 of a font collection. */
    private static final Pattern COLLECTION_FACE = Pattern.compile("(.+),(\\d+)");

    private final List<String> available;
    private final List<Path> inputs = new ArrayList<>();
    private final Set<String> formats = new LinkedHashSet<>();
    private final Map<FontRole, Path> fonts = new LinkedHashMap<>();
    private Path outDir = CliOptions.DEFAULT_OUT_DIR;
    private Path style;
    private boolean quiet;
    private boolean debug;
    private boolean help;

    private ArgParser(List<String> available) {
        this.available = available;
    }

    /**
     * @param args      the command line after the program name
     * @param available the formats that have an exporter
     */
    static CliOptions parse(List<String> args, List<String> available) throws UsageException {
        return new ArgParser(available).read(args);
    }

    private CliOptions read(List<String> args) throws UsageException {
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                inputs.add(Path.of(arg));
                continue;
            }
            String name = arg;
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            }
            switch (name) {
                case "--" -> optionsEnded = true;
                case "-h", "--help" -> help = true;
                case "-q", "--quiet" -> quiet = true;
                case "--debug" -> debug = true;
                case "-f", "--format", "-o", "--out", "--style", "--font" -> {
                    String value = inlineValue;
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException("option " + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    take(name, value);
                }
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
            if (inlineValue != null && !List.of("--format", "--out", "--style", "--font").contains(name)) {
                throw new UsageException("option " + name + " takes no value");
            }
        }
        if (help) {
            return build();
        }
        if (inputs.isEmpty()) {
            throw new UsageException("no input files; give one or more .json or .txt reports");
        }
        if (formats.isEmpty()) {
            for (String f : CliOptions.DEFAULT_FORMATS) {
                if (!available.contains(f)) {
                    throw new UsageException("format '" + f + "' is not available in this build (available: "
                            + listOrNone(available) + "); choose others with --format");
                }
            }
            formats.addAll(CliOptions.DEFAULT_FORMATS);
        }
        return build();
    }

    private void take(String name, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException("option " + name + " needs a value");
        }
        switch (name) {
            case "-f", "--format" -> addFormats(value);
            case "-o", "--out" -> outDir = Path.of(value);
            case "--style" -> style = existingFile(value, "style file");
            default -> addFont(value);
        }
    }

    private void addFormats(String list) throws UsageException {
        for (String part : list.split(",")) {
            String f = part.trim().toLowerCase(Locale.ROOT);
            if (f.isEmpty()) {
                continue;
            }
            if (!available.contains(f)) {
                throw new UsageException("unknown format '" + part.trim() + "'; available: " + listOrNone(available));
            }
            formats.add(f);
        }
        if (formats.isEmpty()) {
            throw new UsageException("option --format needs at least one format; available: " + listOrNone(available));
        }
    }

    private void addFont(String spec) throws UsageException {
        int eq = spec.indexOf('=');
        String roles = String.join(", ", Arrays.stream(FontRole.values()).map(FontRole::key).toList());
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new UsageException("--font expects ROLE=FILE, e.g. --font fangsong=FangSong_GB2312.ttf; "
                    + "roles: " + roles);
        }
        String roleName = spec.substring(0, eq);
        FontRole role = FontRole.parse(roleName).orElseThrow(() -> new UsageException(
                "unknown font role '" + roleName + "'; roles: " + roles));
        String file = spec.substring(eq + 1);
        Matcher face = COLLECTION_FACE.matcher(file);
        if (!Files.exists(Path.of(file)) && face.matches()) {
            existingFile(face.group(1), "font file");
            fonts.put(role, Path.of(file));
        } else {
            fonts.put(role, existingFile(file, "font file"));
        }
    }

    private static Path existingFile(String value, String what) throws UsageException {
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw new UsageException(what + " '" + value + "' " + (Files.exists(file) ? "is not a file" : "does not exist"));
        }
        return file;
    }

    private static String listOrNone(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private CliOptions build() {
        return new CliOptions(inputs, List.copyOf(formats), outDir, style, fonts, quiet, debug, help);
    }
}
