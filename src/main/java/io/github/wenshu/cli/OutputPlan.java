package io.github.wenshu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides where each output goes ({@code OUT/BASENAME.EXT}) and refuses an output that would replace an
 * input or an output already written from another input in the same run.
 */
final class OutputPlan {

    private final List<Path> inputs;
    private final Path outDir;
    private final Map<Path, Path> claimedBy = new HashMap<>();

    OutputPlan(List<Path> inputs, Path outDir) {
        this.inputs = inputs;
        this.outDir = outDir;
    }

    static String baseName(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The output path of {@code input} for a file extension, reserved for it.
     *
     * @throws IOException with a message for the user when the path is not safe to write
     */
    Path claim(Path input, String extension) throws IOException {
        Path target = outDir.resolve(baseName(input) + "." + extension);
        Path key = canonical(target);
        for (Path in : inputs) {
            if (canonical(in).equals(key)) {
                throw new IOException("refusing to write " + target + ": it is one of the inputs");
            }
        }
        Path owner = claimedBy.putIfAbsent(key, input);
        if (owner != null && !owner.equals(input)) {
            throw new IOException("refusing to write " + target + ": it was already written from " + owner
                    + "; convert inputs with the same base name into different --out folders");
        }
        return target;
    }

    private static Path canonical(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            Path dir = abs.getParent();
            if (dir != null && Files.exists(dir)) {
                return dir.toRealPath().resolve(abs.getFileName());
            }
        } catch (IOException ignored) {
            // an unresolvable folder cannot hold an input; the plain absolute path is enough
        }
        return abs;
    }
}
