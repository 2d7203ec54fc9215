package io.github.wenshu.export.docx;

/** The XML namespaces and relationship types of a WordprocessingML package (ECMA-376 transitional). */
final class Ns {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    /** Word 2016's SVG extension of {@code a:blip}. */
    static final String ASVG = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
    static final String EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

    static final String REL_DOCUMENT = R + "/officeDocument";
    static final String REL_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    static final String REL_EXTENDED = R + "/extended-properties";
    static final String REL_STYLES = R + "/styles";
    static final String REL_SETTINGS = R + "/settings";
    static final String REL_NUMBERING = R + "/numbering";
    static final String REL_FONT_TABLE = R + "/fontTable";
    static final String REL_FOOTER = R + "/footer";
    static final String REL_HYPERLINK = R + "/hyperlink";
    static final String REL_FONT = R + "/font";
    static final String REL_IMAGE = R + "/image";

    static final String CT_PREFIX = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    static final String CT_DOCUMENT = CT_PREFIX + "document.main+xml";
    static final String CT_STYLES = CT_PREFIX + "styles+xml";
    static final String CT_SETTINGS = CT_PREFIX + "settings+xml";
    static final String CT_NUMBERING = CT_PREFIX + "numbering+xml";
    static final String CT_FONT_TABLE = CT_PREFIX + "fontTable+xml";
    static final String CT_FOOTER = CT_PREFIX + "footer+xml";
    static final String CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml";
    static final String CT_EXTENDED = "application/vnd.openxmlformats-officedocument.extended-properties+xml";
    static final String CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";
    static final String CT_OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont";

    private Ns() {
    }
}
