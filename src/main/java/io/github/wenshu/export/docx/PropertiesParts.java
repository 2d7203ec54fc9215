package io.github.wenshu.export.docx;

import io.github.wenshu.model.Metadata;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * {@code docProps/core.xml} (title, creator = the issuing organs, created/modified = the export timestamp)
 * and {@code docProps/app.xml} (the application name). Nothing in them depends on the clock or the machine.
 *
 * <pre>{@code
 * pkg.xmlPart("docProps/core.xml", "cp", Ns.CORE, x -> PropertiesParts.core(x, metadata, timestamp));
 * }</pre>
 */
final class PropertiesParts {

    private PropertiesParts() {
    }

    static void core(Xml x, Metadata m, Instant timestamp) {
        x.root("coreProperties", "dc", Ns.DC, "dcterms", Ns.DCTERMS, "xsi", Ns.XSI);
        if (!m.titleLines().isEmpty()) {
            x.start("dc", "title", Ns.DC).text(String.join("", m.titleLines())).end();
        }
        String creator = creator(m);
        if (creator != null) {
            x.start("dc", "creator", Ns.DC).text(creator).end();
        }
        String when = DateTimeFormatter.ISO_INSTANT.format(timestamp);
        x.start("dcterms", "created", Ns.DCTERMS).plainAttr("xsi:type", "dcterms:W3CDTF").text(when).end();
        x.start("dcterms", "modified", Ns.DCTERMS).plainAttr("xsi:type", "dcterms:W3CDTF").text(when).end();
        x.end();
    }

    /** The issuing organs, else the signing organs, joined with "、"; null when there are none. */
    static String creator(Metadata m) {
        if (!m.issuers().isEmpty()) {
            return String.join("、", m.issuers());
        }
        return m.signatures().isEmpty() ? null : String.join("、", m.signatures());
    }

    static void app(Xml x) {
        x.root("Properties");
        x.element("Application", "Wenshu");
        x.end();
    }
}
