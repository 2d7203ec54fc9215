package io.github.wenshu.export.docx;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        return toPdfs(Map.of(name, docx)).get(name);
    }

    /**
     * Converts several documents in one LibreOffice process, in the order given, as a user who opens them one
     * after another; returns each PDF's bytes by name.
     */
    static Map<String, byte[]> toPdfs(Map<String, byte[]> docx) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("lo-docx-");
        try {
            Path profile = dir.resolve("profile");
            List<String> command = new ArrayList<>(List.of(executable().toString(),
                    "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", KEEP_BLANK_PAGES,
                    "--outdir", dir.toString()));
            for (Map.Entry<String, byte[]> d : docx.entrySet()) {
                Path in = dir.resolve(d.getKey() + ".docx");
                Files.write(in, d.getValue());
                command.add(in.toString());
            }
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("LibreOffice did not finish in 180 s");
            }
            Map<String, byte[]> pdfs = new LinkedHashMap<>();
            for (String name : docx.keySet()) {
                Path pdf = dir.resolve(name + ".pdf");
                if (p.exitValue() != 0 || !Files.exists(pdf)) {
                    throw new IOException("LibreOffice made no PDF of " + name + " (exit " + p.exitValue() + "): "
                            + output);
                }
                pdfs.put(name, Files.readAllBytes(pdf));
            }
            return pdfs;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
