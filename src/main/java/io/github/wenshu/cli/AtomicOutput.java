package io.github.wenshu.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either complete or absent: the bytes go to a temporary file next to the
 * target, which is moved into place only after the writer finished without an exception.
 *
 * <pre>{@code
 * AtomicOutput.write(Path.of("out/a.pdf"), out -> exporter.export(report, options, out));
 * }</pre>
 */
final class AtomicOutput {

    /** Writes the content; may throw anything the export throws. */
    @FunctionalInterface
    interface Writer<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    static <T> T write(Path target, Writer<T> writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
        try {
            T result;
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                result = writer.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
