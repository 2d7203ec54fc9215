package io.github.wenshu.export.docx;

import io.github.wenshu.export.ExportLimits;
import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.ExportResult;
import io.github.wenshu.export.Exporter;
import io.github.wenshu.export.ImprintPlacement;
import io.github.wenshu.model.Report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a report as an editable Word document in the GB/T 9704 layout: real paragraph styles, the 22 × 28
 * line grid, odd/even page-number footers and, by default, embedded font subsets so it looks the same on a
 * machine without the fonts. The output is reproducible: the same report and options give the same bytes.
 *
 * <pre>{@code
 * Exporter docx = Exporters.forFormat("docx");
 * try (OutputStream out = Files.newOutputStream(Path.of("report.docx"))) {
 *     docx.export(report, ExportOptions.defaults().withEmbedFonts(false), out);
 * }
 * }</pre>
 */
public final class DocxExporter implements Exporter {

    private final Function<ExportOptions, Faces> faces;

    public DocxExporter() {
        this(FontSetFaces::forOptions);
    }

    DocxExporter(Function<ExportOptions, Faces> faces) {
        this.faces = faces;
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public ExportResult export(Report report, ExportOptions options, OutputStream out) throws IOException {
        ExportLimits.check(report, options);
        Faces chosen;
        String fontProblem = null;
        try {
            chosen = faces.apply(options);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            chosen = new WindowsFaces();
            fontProblem = e.getMessage();
        }
        DocxContext ctx = new DocxContext(options, chosen);
        if (fontProblem != null) {
            ctx.warn("fonts-not-embedded", "fonts", "the fonts could not be loaded, so the document names the Windows"
                    + " fonts without embedding any: " + fontProblem);
        }
        DocxPackage pkg = new DocxPackage(out, options.timestamp());
        boolean numbering = ctx.wordNumbering;
        ImprintPlacement imprint = ImprintPages.place(report, ctx);
        try {
            write(report, ctx, pkg, numbering, imprint);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        pkg.finish();
        return new ExportResult(0, ctx.warnings());
    }

    private static void write(Report report, DocxContext ctx, DocxPackage pkg, boolean numbering,
                              ImprintPlacement imprint) {
        boolean emptyFooter = imprint == ImprintPlacement.AFTER_BLANK_PAGE;
        pkg.start(LetterHead.withFirstFooter(contentTypes(numbering, emptyFooter),
                report.metadata()), List.of(
                new DocxPackage.Relationship("rId1", Ns.REL_DOCUMENT, "word/document.xml", false),
                new DocxPackage.Relationship("rId2", Ns.REL_CORE, "docProps/core.xml", false),
                new DocxPackage.Relationship("rId3", Ns.REL_EXTENDED, "docProps/app.xml", false)));
        pkg.xmlPart("docProps/core.xml", "cp", Ns.CORE,
                x -> PropertiesParts.core(x, report.metadata(), ctx.options.timestamp()));
        pkg.xmlPart("docProps/app.xml", "", Ns.EXTENDED, PropertiesParts::app);
        pkg.hold();
        pkg.wordPart("word/document.xml", x -> new DocumentPart(ctx, imprint).write(x, report));
        pkg.wordPart("word/styles.xml", x -> new StylesPart(ctx).write(x));
        pkg.wordPart("word/settings.xml", x -> new SettingsPart(ctx).write(x));
        if (ctx.wordNumbering) {
            pkg.wordPart("word/numbering.xml", x -> new NumberingPart(ctx, report.attachments().size()).write(x));
        }
        pkg.wordPart("word/footer1.xml", x -> new FooterPart(ctx, true).write(x));
        pkg.wordPart("word/footer2.xml", x -> new FooterPart(ctx, false).write(x));
        if (emptyFooter) {
            pkg.wordPart("word/footer3.xml", x -> FooterPart.empty(x, ctx.geometry));
        }
        if (LetterHead.applies(report.metadata())) {
            pkg.wordPart(LetterHead.FIRST_FOOTER_PART, x -> FooterPart.empty(x, ctx.geometry));
        }
        FontTablePart fonts = FontTablePart.prepare(ctx);
        pkg.release(fonts::renameFamilies);
        pkg.wordPart("word/fontTable.xml", fonts::write);
        fonts.writeEmbedded(pkg);
        ctx.media.write(pkg);
        pkg.relationships("word/_rels/document.xml.rels",
                LetterHead.withFirstFooter(documentRelationships(ctx, emptyFooter),
                        report.metadata()));
    }

    private static Map<String, String> contentTypes(boolean numbering, boolean emptyFooter) {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("word/document.xml", Ns.CT_DOCUMENT);
        types.put("word/styles.xml", Ns.CT_STYLES);
        types.put("word/settings.xml", Ns.CT_SETTINGS);
        if (numbering) {
            types.put("word/numbering.xml", Ns.CT_NUMBERING);
        }
        types.put("word/fontTable.xml", Ns.CT_FONT_TABLE);
        types.put("word/footer1.xml", Ns.CT_FOOTER);
        types.put("word/footer2.xml", Ns.CT_FOOTER);
        if (emptyFooter) {
            types.put("word/footer3.xml", Ns.CT_FOOTER);
        }
        types.put("docProps/core.xml", Ns.CT_CORE);
        types.put("docProps/app.xml", Ns.CT_EXTENDED);
        return types;
    }

    private static List<DocxPackage.Relationship> documentRelationships(DocxContext ctx, boolean emptyFooter) {
        List<DocxPackage.Relationship> rels = new ArrayList<>();
        rels.add(new DocxPackage.Relationship("rIdStyles", Ns.REL_STYLES, "styles.xml", false));
        rels.add(new DocxPackage.Relationship("rIdSettings", Ns.REL_SETTINGS, "settings.xml", false));
        rels.add(new DocxPackage.Relationship("rIdFontTable", Ns.REL_FONT_TABLE, "fontTable.xml", false));
        if (ctx.wordNumbering) {
            rels.add(new DocxPackage.Relationship("rIdNumbering", Ns.REL_NUMBERING, "numbering.xml", false));
        }
        rels.add(new DocxPackage.Relationship(DocumentPart.FOOTER_ODD_ID, Ns.REL_FOOTER, "footer1.xml", false));
        rels.add(new DocxPackage.Relationship(DocumentPart.FOOTER_EVEN_ID, Ns.REL_FOOTER, "footer2.xml", false));
        if (emptyFooter) {
            rels.add(new DocxPackage.Relationship(DocumentPart.FOOTER_NONE_ID, Ns.REL_FOOTER, "footer3.xml", false));
        }
        rels.addAll(ctx.media.relationships());
        ctx.hyperlinkTargets().forEach((id, target) ->
                rels.add(new DocxPackage.Relationship(id, Ns.REL_HYPERLINK, target, true)));
        return rels;
    }
}
