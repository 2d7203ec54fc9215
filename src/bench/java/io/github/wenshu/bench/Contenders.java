package io.github.wenshu.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The contenders that run inside the JVM, created by name, and the LibreOffice conversions of their DOCX.
 * Wenshu's contenders are left out (and reported as pending) while its exporters are not on the class path;
 * {@code -Dbench.contenders=wenshu-pdf,openpdf-naive} keeps only the named ones (a quicker run while tuning).
 *
 * <pre>{@code
 * List<Contender<Workload>> all = Contenders.inJvm(font);
 * Contender<Workload> pdf = Contenders.byName("wenshu-pdf", font);
 * }</pre>
 */
final class Contenders {

    static final List<String> IN_JVM = List.of(
            "wenshu-pdf", "openpdf-naive", "flying-saucer", "wenshu-docx", "wenshu-docx-noembed", "poi-naive");
    static final List<String> DOCX_FOR_LIBREOFFICE = List.of("poi-naive", "wenshu-docx");

    private Contenders() {
    }

    static boolean available(String name) {
        String only = System.getProperty("bench.contenders");
        if (only != null && !List.of(only.split(",")).contains(name)) {
            return false;
        }
        return switch (name) {
            case "wenshu-pdf" -> WenshuContender.available("pdf");
            case "wenshu-docx", "wenshu-docx-noembed" -> WenshuContender.available("docx");
            default -> IN_JVM.contains(name);
        };
    }

    /** The contenders of {@link #IN_JVM} that can run now, in that order. */
    static List<Contender<Workload>> inJvm(BenchFont font) throws Exception {
        List<Contender<Workload>> out = new ArrayList<>();
        for (String name : IN_JVM) {
            if (available(name)) {
                out.add(byName(name, font));
            }
        }
        return out;
    }

    static Contender<Workload> byName(String name, BenchFont font) throws Exception {
        return switch (name) {
            case "wenshu-pdf" -> new WenshuContender(name, "pdf", true);
            case "wenshu-docx" -> new WenshuContender(name, "docx", true);
            case "wenshu-docx-noembed" -> new WenshuContender(name, "docx", false);
            case "openpdf-naive" -> new NaiveOpenPdf(font);
            case "flying-saucer" -> new FlyingSaucer(font);
            case "poi-naive" -> new NaivePoi(font);
            default -> throw new IllegalArgumentException("unknown contender " + name + "; known: " + IN_JVM);
        };
    }

    /** LibreOffice converting the DOCX of each available contender in {@link #DOCX_FOR_LIBREOFFICE}. */
    static List<LibreOfficeConversion> libreOffice(BenchFont font, Soffice soffice) throws Exception {
        List<LibreOfficeConversion> out = new ArrayList<>();
        for (String name : DOCX_FOR_LIBREOFFICE) {
            if (available(name)) {
                out.add(new LibreOfficeConversion(byName(name, font), soffice));
            }
        }
        return out;
    }
}
