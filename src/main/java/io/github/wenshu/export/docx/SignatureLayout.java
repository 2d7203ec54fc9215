package io.github.wenshu.export.docx;

/**
 * Where 署名 and 成文日期 go (GB/T 9704 §7.3.5), as right indents in body characters. Without a seal the 署名
 * stands two characters from the right and the date starts two characters right of the 署名's first character;
 * a date too long for that is set two characters from the right and the 署名 moves left to match. With a seal
 * the date stands four characters from the right and the 署名 is centred on it.
 *
 * <pre>{@code
 * SignatureLayout l = SignatureLayout.of("深圳市宝安区司法局", "2024年12月19日", false);
 * l.signatureRight();   // 2.0
 * l.dateRight();        // 2.0: the date (7 characters) starts two characters right of the 署名
 * }</pre>
 *
 * @param signatureRight right indent of the 署名 line, in characters
 * @param dateRight      right indent of the date line, in characters
 */
record SignatureLayout(double signatureRight, double dateRight) {

    static SignatureLayout of(String signature, String date, boolean sealed) {
        return ofWidths(width(signature), width(date), sealed);
    }

    /**
     * The layout for a 署名 and a date of the given widths in body characters (measured with the real
     * advances of the body face); {@code date} 0 when there is none. Without a date a sealed 署名 is centred
     * where a six-character date would stand.
     */
    static SignatureLayout ofWidths(double sig, double date, boolean sealed) {
        if (sealed) {
            double day = date > 0 ? date : 6;
            return new SignatureLayout(Math.max(0, 4 + (day - sig) / 2), 4);
        }
        double dateRight = sig - date;
        if (dateRight >= 2) {
            return new SignatureLayout(2, dateRight);
        }
        return new SignatureLayout(4 + date - sig, 2);
    }

    /** Width in body characters: East Asian wide characters 1, others ½. */
    static double width(String text) {
        return text.codePoints().mapToDouble(cp -> TitleLines.isWide(cp) ? 1 : 0.5).sum();
    }
}
