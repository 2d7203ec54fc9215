package io.github.wenshu.export.docx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code word/fontTable.xml} and, when fonts are embedded, one obfuscated TrueType subset per family that draws
 * characters ({@code word/fonts/fontN.odttf}), linked with {@code w:embedRegular} and a font relationship.
 *
 * <pre>{@code
 * FontTablePart fonts = FontTablePart.prepare(ctx);
 * pkg.wordPart("word/fontTable.xml", fonts::write);
 * fonts.writeEmbedded(pkg);
 * }</pre>
 */
final class FontTablePart {

    /** One embedded face: family, relationship id, key GUID, part name and obfuscated bytes. */
    record Embedded(String family, String relId, String key, String partName, byte[] odttf) {
    }

    private final List<String> families;
    private final List<Embedded> embedded;
    private final Map<String, String> renamed;

    private FontTablePart(List<String> families, List<Embedded> embedded, Map<String, String> renamed) {
        this.families = families;
        this.embedded = embedded;
        this.renamed = renamed;
    }

    /**
     * A part written before the subsets were made, with each family embedded under a name of its own renamed in
     * its {@code w:rFonts} elements (the only place parts name families; text cannot hold a raw {@code <}).
     */
    void renameFamilies(byte[] xml, int length, java.io.OutputStream out) throws java.io.IOException {
        if (renamed.isEmpty()) {
            out.write(xml, 0, length);
        } else {
            FamilyRenamer.rename(xml, length, renamed, out);
        }
    }

    /** Subsets and obfuscates every family that draws characters, when the faces embed. */
    static FontTablePart prepare(DocxContext ctx) {
        List<String> families = new ArrayList<>(ctx.fonts.families());
        List<Embedded> embedded = new ArrayList<>();
        Map<String, String> renamed = new LinkedHashMap<>();
        if (ctx.faces.embeds()) {
            for (String family : List.copyOf(families)) {
                Set<Integer> cps = ctx.fonts.codePoints(family);
                if (cps.isEmpty()) {
                    continue;
                }
                int n = embedded.size() + 1;
                Faces.Subset subset;
                try {
                    subset = ctx.faces.subset(family, cps);
                } catch (RuntimeException e) {
                    ctx.warn("font-not-embedded", "fonts", family + " is named but not embedded: " + e.getMessage());
                    continue;
                }
                byte[] ttf = subset.ttf();
                String name = subset.family();
                String key = FontObfuscation.keyFor(name);
                int fsType = FsType.of(ttf);
                if (!FsType.editable(fsType)) {
                    ctx.warn("font-embedding-restricted", "fonts", String.format("%s allows only restricted embedding"
                            + " (OS/2 fsType 0x%04X); Word and LibreOffice may not use the embedded face", family,
                            fsType));
                }
                embedded.add(new Embedded(name, "rIdFont" + n, key, "fonts/font" + n + ".odttf",
                        FontObfuscation.obfuscateInPlace(ttf, key)));
                if (!name.equals(family)) {
                    renamed.put(family, name);
                    families.set(families.indexOf(family), name);
                }
            }
        }
        return new FontTablePart(families, embedded, renamed);
    }

    List<Embedded> embedded() {
        return embedded;
    }

    void write(Xml x) {
        x.root("fonts", "r", Ns.R);
        for (String family : families) {
            x.start("font").attr("name", family);
            x.empty("charset", "val", "86");
            x.empty("family", "val", "roman");
            x.empty("pitch", "val", "variable");
            for (Embedded e : embedded) {
                if (e.family().equals(family)) {
                    x.start("embedRegular").plainAttr("r:id", e.relId()).attr("fontKey", e.key())
                            .attr("subsetted", "1").end();
                }
            }
            x.end();
        }
        x.end();
    }

    /** Writes the font parts and the font table's relationships. */
    void writeEmbedded(DocxPackage pkg) {
        if (embedded.isEmpty()) {
            return;
        }
        List<DocxPackage.Relationship> rels = new ArrayList<>();
        for (Embedded e : embedded) {
            rels.add(new DocxPackage.Relationship(e.relId(), Ns.REL_FONT, e.partName(), false));
        }
        pkg.relationships("word/_rels/fontTable.xml.rels", rels);
        for (Embedded e : embedded) {
            pkg.fontPart("word/" + e.partName(), e.odttf());
        }
    }
}
