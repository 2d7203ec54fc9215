package io.github.wenshu.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * LibreOffice converting the DOCX another contender made: the DOCX is written in {@link #prepare}, untimed;
 * one {@link #produce} is one {@code soffice --convert-to pdf} process, start to exit.
 */
final class LibreOfficeConversion implements Contender<Workload> {

    private final Contender<Workload> docxMaker;
    private final Soffice soffice;
    private Path docx;

    LibreOfficeConversion(Contender<Workload> docxMaker, Soffice soffice) {
        this.docxMaker = docxMaker;
        this.soffice = soffice;
    }

    @Override
    public String name() {
        return "lo(" + docxMaker.name() + ")";
    }

    /** The name of the contender whose DOCX this converts. */
    String source() {
        return docxMaker.name();
    }

    @Override
    public void prepare(Workload w) throws Exception {
        Path dir = soffice.workDir().resolve(w.name());
        Files.createDirectories(dir);
        docx = dir.resolve(docxMaker.name() + ".docx");
        Files.write(docx, docxMaker.produce(w));
        if (!Files.isDirectory(soffice.profile())) {
            soffice.convert(docx, dir.resolve("warmup"));
        }
    }

    @Override
    public byte[] produce(Workload w) throws Exception {
        Path pdf = soffice.convert(docx, docx.getParent().resolve("lo-" + docxMaker.name()));
        return Files.readAllBytes(pdf);
    }
}
