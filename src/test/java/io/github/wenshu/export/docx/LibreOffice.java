package io.github.wenshu.export.docx;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Renders a DOCX to PDF with LibreOffice, with a private profile so parallel runs do not collide. */
final class LibreOffice {

    /**
     * PDF export that keeps the blank pages LibreOffice inserts (before an even-page section such as the 版记), as
     * a duplex print does; by default the conversion leaves them out and renumbers the physical pages.
     */
    static final String KEEP_BLANK_PAGES = "pdf:writer_pdf_Export:"
            + "{\"IsSkipEmptyPages\":{\"type\":\"boolean\",\"value\":\"false\"}}";

    private LibreOffice() {
    }

    static boolean available() {
        return executable() != null;
    }

    private static Path executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Converts and returns the PDF's bytes; fails with LibreOffice's output when it makes no PDF. */
    static byte[] toPdf(byte[] docx, String name) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("lo-docx-");
        try {
            Path in = dir.resolve(name + ".docx");
            Files.write(in, docx);
            Path profile = dir.resolve("profile");
            Process p = new ProcessBuilder(executable().toString(), "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--convert-to", KEEP_BLANK_PAGES, "--outdir", dir.toString(), in.toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("LibreOffice did not finish in 180 s");
            }
            Path pdf = dir.resolve(name + ".pdf");
            if (p.exitValue() != 0 || !Files.exists(pdf)) {
                throw new IOException("LibreOffice made no PDF (exit " + p.exitValue() + "): " + output);
            }
            return Files.readAllBytes(pdf);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
