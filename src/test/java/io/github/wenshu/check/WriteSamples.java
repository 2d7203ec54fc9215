package io.github.wenshu.check;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the test PDFs to a folder to look at: {@code WriteSamples DIR}. */
final class WriteSamples {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Files.write(dir.resolve("good.pdf"), new GridPdf().build());
        Files.write(dir.resolve("left33.pdf"), new GridPdf().leftMm(33).build());
        Files.write(dir.resolve("lines23.pdf"), new GridPdf().lines(23).pages(3).build());
        Files.write(dir.resolve("wrongside.pdf"), new GridPdf().numberOnWrongSide().build());
        Files.write(dir.resolve("official.pdf"), new OfficialPdf().build());
    }
}
