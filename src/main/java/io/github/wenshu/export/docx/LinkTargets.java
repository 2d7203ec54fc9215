package io.github.wenshu.export.docx;

import java.nio.charset.StandardCharsets;

/**
 * Makes a link target a valid URI for a relationship: characters a URI may not hold (spaces, {@code <>},
 * non-ASCII letters) are percent-encoded as UTF-8; existing escapes and URI delimiters stay.
 *
 * <pre>{@code
 * LinkTargets.encode("https://例子.cn/a b");   // "https://%E4%BE%8B%E5%AD%90.cn/a%20b"
 * }</pre>
 */
final class LinkTargets {

    private static final String ALLOWED = "-._~:/?#[]@!$&'()*+,;=%";

    private LinkTargets() {
    }

    static String encode(String target) {
        StringBuilder sb = new StringBuilder(target.length());
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0)) {
                sb.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < target.length() ? i + 2 : i + 1;
            for (byte b : target.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
            i = end - 1;
        }
        return sb.toString();
    }
}
