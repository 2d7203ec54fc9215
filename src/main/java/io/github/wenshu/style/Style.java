package io.github.wenshu.style;

import java.util.List;
import java.util.Objects;

/**
 * Everything about the look of a document that exporters share: page geometry, the line grid, sizes,
 * font roles, heading numbering and colours. A value: copy it with {@link #toBuilder()} to change it.
 *
 * <pre>{@code
 * Style style = OfficialStyle.gbt9704().toBuilder().headingBold(3, true).build();
 * float pitch = style.linePitchPt();     // 28.99 pt: 225 mm / 22 lines
 * }</pre>
 *
 * @param pageWidthMm           paper width (A4: 210)
 * @param pageHeightMm          paper height (A4: 297)
 * @param marginTopMm           天头: from the paper top to the type area (37)
 * @param marginBindingMm       订口: from the binding edge to the type area (28)
 * @param bodyWidthMm           版心 width (156)
 * @param bodyHeightMm          版心 height, page number excluded (225)
 * @param mirrorMargins         even pages carry the binding margin on the right
 * @param linesPerPage          lines on a full page (22)
 * @param charsPerLine          full-width characters on a full line (28)
 * @param bodySize              body text size in pt (三号 = 16)
 * @param titleSize             title size in pt (二号 = 22)
 * @param pageNumberSize        page number size in pt (四号 = 14)
 * @param versionBlockSize      版记 text size in pt (四号 = 14)
 * @param tableSize             table text size in pt (四号 = 14)
 * @param bodyFont              face of body text and most parts
 * @param titleFont             face of the title and of attachment titles
 * @param headingFonts          face of each heading level, 1 to 4
 * @param headingBold           whether each heading level is bold, 1 to 4
 * @param headingNumbering      number pattern of each level: "{cn}" Chinese numeral, "{n}" Arabic number
 * @param markFont              face of the 发文机关标志
 * @param labelFont             face of 密级, 紧急程度, the 附件 label, 纪要 attendance labels
 * @param signerFont            face of the 签发人 names
 * @param pageNumberFont        face of page numbers
 * @param tableHeaderFont       face of table header rows
 * @param tableFont             face of table cells
 * @param markColor             colour of the mark and the red rule, "#RRGGBB"
 * @param markTopMm             from the type-area top to the top of the mark (文件格式 and 纪要: 35)
 * @param letterMarkTopMm       from the paper top to the top of the mark in 信函格式 (30)
 * @param pageNumberDashBelowMm from the type-area bottom to the page number's dash line (7)
 * @param firstLineIndentChars  paragraph first-line indent in characters (2)
 * @param rotateWideTables      set a table whose millimetre columns are wider than the type area rotated on
 *                              pages of its own, as a landscape table (GB/T 9704 §8), rather than scaled down
 */
public record Style(
        double pageWidthMm,
        double pageHeightMm,
        double marginTopMm,
        double marginBindingMm,
        double bodyWidthMm,
        double bodyHeightMm,
        boolean mirrorMargins,
        int linesPerPage,
        int charsPerLine,
        float bodySize,
        float titleSize,
        float pageNumberSize,
        float versionBlockSize,
        float tableSize,
        FontRole bodyFont,
        FontRole titleFont,
        List<FontRole> headingFonts,
        List<Boolean> headingBold,
        List<String> headingNumbering,
        FontRole markFont,
        FontRole labelFont,
        FontRole signerFont,
        FontRole pageNumberFont,
        FontRole tableHeaderFont,
        FontRole tableFont,
        String markColor,
        double markTopMm,
        double letterMarkTopMm,
        double pageNumberDashBelowMm,
        int firstLineIndentChars,
        boolean rotateWideTables) {

    /** A style that sets too wide tables rotated (the components before {@code rotateWideTables}). */
    public Style(double pageWidthMm, double pageHeightMm, double marginTopMm, double marginBindingMm,
                 double bodyWidthMm, double bodyHeightMm, boolean mirrorMargins, int linesPerPage,
                 int charsPerLine, float bodySize, float titleSize, float pageNumberSize, float versionBlockSize,
                 float tableSize, FontRole bodyFont, FontRole titleFont, List<FontRole> headingFonts,
                 List<Boolean> headingBold, List<String> headingNumbering, FontRole markFont, FontRole labelFont,
                 FontRole signerFont, FontRole pageNumberFont, FontRole tableHeaderFont, FontRole tableFont,
                 String markColor, double markTopMm, double letterMarkTopMm, double pageNumberDashBelowMm,
                 int firstLineIndentChars) {
        this(pageWidthMm, pageHeightMm, marginTopMm, marginBindingMm, bodyWidthMm, bodyHeightMm, mirrorMargins,
                linesPerPage, charsPerLine, bodySize, titleSize, pageNumberSize, versionBlockSize, tableSize,
                bodyFont, titleFont, headingFonts, headingBold, headingNumbering, markFont, labelFont, signerFont,
                pageNumberFont, tableHeaderFont, tableFont, markColor, markTopMm, letterMarkTopMm,
                pageNumberDashBelowMm, firstLineIndentChars, true);
    }

    public Style {
        headingFonts = List.copyOf(headingFonts);
        headingBold = List.copyOf(headingBold);
        headingNumbering = List.copyOf(headingNumbering);
        requireFour("headingFonts", headingFonts);
        requireFour("headingBold", headingBold);
        requireFour("headingNumbering", headingNumbering);
        positive("pageWidthMm", pageWidthMm);
        positive("pageHeightMm", pageHeightMm);
        positive("bodyWidthMm", bodyWidthMm);
        positive("bodyHeightMm", bodyHeightMm);
        positive("bodySize", bodySize);
        positive("titleSize", titleSize);
        if (linesPerPage < 1 || charsPerLine < 1) {
            throw new IllegalArgumentException("linesPerPage and charsPerLine must be at least 1");
        }
        if (marginBindingMm + bodyWidthMm > pageWidthMm || marginTopMm + bodyHeightMm > pageHeightMm) {
            throw new IllegalArgumentException("the type area does not fit on the page");
        }
        if (!markColor.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("markColor must be #RRGGBB, was " + markColor);
        }
        Objects.requireNonNull(bodyFont, "bodyFont");
    }

    private static void requireFour(String name, List<?> list) {
        if (list.size() != 4) {
            throw new IllegalArgumentException(name + " must have 4 entries, one per heading level");
        }
    }

    private static void positive(String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    /** Distance between two baselines of the body grid, in pt. */
    public float linePitchPt() {
        return Units.mmToPt(bodyHeightMm / linesPerPage);
    }

    /** Width of one character cell of the body grid, in pt. */
    public float charPitchPt() {
        return Units.mmToPt(bodyWidthMm / charsPerLine);
    }

    /** The outer (切口) margin: what is left of the page width beside the type area. */
    public double marginOuterMm() {
        return pageWidthMm - marginBindingMm - bodyWidthMm;
    }

    /** The bottom margin below the type area. */
    public double marginBottomMm() {
        return pageHeightMm - marginTopMm - bodyHeightMm;
    }

    /** The left edge of the type area on a page (1-based page number), honouring mirrored margins. */
    public double bodyLeftMm(int page) {
        return mirrorMargins && page % 2 == 0 ? marginOuterMm() : marginBindingMm;
    }

    public FontRole headingFont(int level) {
        return headingFonts.get(level - 1);
    }

    public boolean isHeadingBold(int level) {
        return headingBold.get(level - 1);
    }

    /** The generated number of the {@code n}th heading (1-based) of a level: "一、", "（二）", "3.", "（4）". */
    public String headingNumber(int level, int n) {
        return headingNumbering.get(level - 1)
                .replace("{cn}", ChineseNumerals.of(n))
                .replace("{n}", Integer.toString(n));
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some values of a style; start from {@link OfficialStyle#gbt9704()} or another style. */
    public static final class Builder {
        private final Style start;
        private double pageWidthMm;
        private double pageHeightMm;
        private boolean mirrorMargins;
        private int linesPerPage;
        private int charsPerLine;
        private final java.util.List<Boolean> headingBold;
        private boolean rotateWideTables;

        private Builder(Style start) {
            this.start = start;
            this.pageWidthMm = start.pageWidthMm;
            this.pageHeightMm = start.pageHeightMm;
            this.mirrorMargins = start.mirrorMargins;
            this.linesPerPage = start.linesPerPage;
            this.charsPerLine = start.charsPerLine;
            this.headingBold = new java.util.ArrayList<>(start.headingBold);
            this.rotateWideTables = start.rotateWideTables;
        }

        /** Whether a table wider than the type area is set rotated (true) or scaled down to fit (false). */
        public Builder rotateWideTables(boolean rotate) {
            this.rotateWideTables = rotate;
            return this;
        }

        public Builder page(double widthMm, double heightMm) {
            this.pageWidthMm = widthMm;
            this.pageHeightMm = heightMm;
            return this;
        }

        public Builder grid(int linesPerPage, int charsPerLine) {
            this.linesPerPage = linesPerPage;
            this.charsPerLine = charsPerLine;
            return this;
        }

        public Builder headingBold(int level, boolean bold) {
            headingBold.set(level - 1, bold);
            return this;
        }

        public Builder mirrorMargins(boolean mirror) {
            this.mirrorMargins = mirror;
            return this;
        }

        /**
         * @throws IllegalArgumentException when the values do not make a valid style
         */
        public Style build() {
            Style s = start;
            return new Style(pageWidthMm, pageHeightMm, s.marginTopMm, s.marginBindingMm, s.bodyWidthMm,
                    s.bodyHeightMm, mirrorMargins, linesPerPage, charsPerLine, s.bodySize, s.titleSize,
                    s.pageNumberSize, s.versionBlockSize, s.tableSize, s.bodyFont, s.titleFont, s.headingFonts,
                    headingBold, s.headingNumbering, s.markFont, s.labelFont, s.signerFont, s.pageNumberFont,
                    s.tableHeaderFont, s.tableFont, s.markColor, s.markTopMm, s.letterMarkTopMm,
                    s.pageNumberDashBelowMm, s.firstLineIndentChars, rotateWideTables);
        }
    }
}
