package io.github.wenshu.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Renders DOCX files to PDF with a headless LibreOffice, in one call, with a private profile. */
final class LibreOfficeRender {

    /**
     * PDF export that keeps the blank pages LibreOffice inserts (before an even-page section such as the 版记), as
     * a duplex print does; by default the conversion leaves them out and renumbers the physical pages.
     */
    static final String KEEP_BLANK_PAGES = "pdf:writer_pdf_Export:"
            + "{\"IsSkipEmptyPages\":{\"type\":\"boolean\",\"value\":\"false\"}}";
    private LibreOfficeRender() {
    }

    static boolean available() {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "soffice")));
    }

    /** Converts every DOCX to DIR/NAME.pdf. */
    static void toPdf(List<Path> docx, Path dir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("lo-check-");
        try {
            List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--convert-to", KEEP_BLANK_PAGES, "--outdir", dir.toString()));
            docx.forEach(p -> cmd.add(p.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("soffice.log").toFile()).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("soffice did not finish in 180 s");
            }
        } finally {
            try (Stream<Path> s = Files.walk(profile)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
