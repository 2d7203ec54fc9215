package io.github.wenshu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/** The machine, date and versions a run was made with. */
final class Environment {

    private Environment() {
    }

    static void describe(Results r, BenchFont font, Path example) {
        r.environment.put("date", LocalDate.now().toString());
        r.environment.put("machine", Runtime.getRuntime().availableProcessors() + " cores (nproc), "
                + cpuModel() + ", " + memory() + " memory");
        r.environment.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        r.environment.put("Wenshu", System.getProperty("bench.revision", "working tree"));
        r.environment.put("OpenPDF", version(com.lowagie.text.Document.class));
        r.environment.put("Apache POI", org.apache.poi.Version.getVersion());
        r.environment.put("Flying Saucer", version(org.xhtmlrenderer.pdf.ITextRenderer.class));
        r.environment.put("LibreOffice", command("soffice", "--version"));
        r.environment.put("font", font.path().getFileName() + " (" + font.family() + ") for every contender");
        r.environment.put("input", example.toString());
        r.environment.put("load average at start", lineOf("/proc/loadavg", ""));
    }

    private static String version(Class<?> type) {
        String v = type.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        String jar = type.getProtectionDomain().getCodeSource().getLocation().getPath();
        return jar.substring(jar.lastIndexOf('/') + 1).replace(".jar", "");
    }

    private static String cpuModel() {
        return lineOf("/proc/cpuinfo", "model name");
    }

    private static String memory() {
        String kb = lineOf("/proc/meminfo", "MemTotal").replaceAll("[^0-9]", "");
        return kb.isEmpty() ? "?" : String.format("%.0f GiB", Long.parseLong(kb) / 1048576.0);
    }

    private static String lineOf(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String command(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor(60, TimeUnit.SECONDS);
            return out.isEmpty() ? "?" : out.lines().findFirst().orElse("?");
        } catch (IOException | InterruptedException e) {
            return "not found";
        }
    }
}
