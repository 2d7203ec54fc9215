package io.github.wenshu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code soffice --headless --convert-to pdf} with a private profile and a fontconfig that adds the
 * bench font's folder, so LibreOffice draws the same face without installing it on the machine.
 *
 * <pre>{@code
 * Soffice lo = Soffice.create(workDir, font);
 * Path pdf = lo.convert(Path.of("report.docx"));
 * }</pre>
 */
final class Soffice {

    private final Path workDir;
    private final Path profile;
    private final Path fontsConf;

    private Soffice(Path workDir, Path profile, Path fontsConf) {
        this.workDir = workDir;
        this.profile = profile;
        this.fontsConf = fontsConf;
    }

    static boolean available() {
        return findExecutable() != null;
    }

    private static Path findExecutable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    static Soffice create(Path workDir, BenchFont font) throws IOException {
        Files.createDirectories(workDir);
        Path conf = workDir.resolve("fonts.conf");
        Files.writeString(conf, """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                <fontconfig>
                  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
                  <dir>%s</dir>
                  <cachedir>%s</cachedir>
                </fontconfig>
                """.formatted(font.path().getParent(), workDir.resolve("fc-cache")));
        return new Soffice(workDir, Path.of("/tmp/lo-bench-" + ProcessHandle.current().pid()), conf);
    }

    /** The command that converts {@code docx}, for timing from outside. */
    List<String> command(Path docx, Path outDir) {
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=file://" + profile,
                "--headless", "--convert-to", "pdf", "--outdir", outDir.toString(), docx.toString()));
        return cmd;
    }

    ProcessBuilder processBuilder(Path docx, Path outDir) {
        ProcessBuilder pb = new ProcessBuilder(command(docx, outDir)).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("soffice.log").toFile());
        pb.environment().put("FONTCONFIG_FILE", fontsConf.toString());
        return pb;
    }

    /** Converts {@code docx} to a PDF in {@code outDir} and returns its path. */
    Path convert(Path docx, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Process p = processBuilder(docx, outDir).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("soffice failed on " + docx + "; see " + workDir.resolve("soffice.log"));
        }
        String base = docx.getFileName().toString().replaceFirst("\\.docx$", "");
        Path pdf = outDir.resolve(base + ".pdf");
        if (!Files.isRegularFile(pdf)) {
            throw new IOException("soffice wrote no " + pdf + "; see " + workDir.resolve("soffice.log"));
        }
        return pdf;
    }

    Path workDir() {
        return workDir;
    }

    Path profile() {
        return profile;
    }
}
