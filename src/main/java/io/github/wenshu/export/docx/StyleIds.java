package io.github.wenshu.export.docx;

/** The ids of the styles in {@code styles.xml}; paragraphs refer to these, never to raw formatting. */
final class StyleIds {
    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String FOOTER = "Footer";
    static final String CAPTION = "Caption";
    static final int LIST_DEPTHS = 4;
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADER = "TableHeader";
    static final String TABLE_GRID = "TableGrid";
    static final String HYPERLINK = "Hyperlink";
    static final String DEFAULT_FONT = "DefaultParagraphFont";
    static final String NORMAL_TABLE = "TableNormal";

    static final String MARK = "OfficialMark";
    static final String DOC_NUMBER = "DocNumber";
    static final String ADDRESSEE = "Addressee";
    static final String ATTACHMENT_NOTE = "AttachmentNote";
    static final String SIGNATURE = "Signature";
    static final String DATE = "DateLine";
    static final String NOTE = "Note";
    static final String ATTACHMENT_LABEL = "AttachmentLabel";
    static final String ATTACHMENT_TITLE = "AttachmentTitle";
    static final String VERSION_BLOCK = "VersionBlock";
    static final String LABEL = "Label";

    private StyleIds() {
    }

    /** "Heading1" … "Heading4". */
    static String heading(int level) {
        return "Heading" + level;
    }

    /** The paragraph style of a run-in heading: body look, in the outline at the heading's level. */
    static String runInParagraph(int level) {
        return "Heading" + level + "RunIn";
    }

    /** "ListItem1" … "ListItem4": list items nested {@code depth} deep (0-based; deeper share the last). */
    static String listItem(int depth) {
        return "ListItem" + (Math.min(depth, LIST_DEPTHS - 1) + 1);
    }

    /** The character style of a run-in heading's lead sentence, level 1 to 4. */
    static String runInLead(int level) {
        return "Heading" + level + "Lead";
    }
}
