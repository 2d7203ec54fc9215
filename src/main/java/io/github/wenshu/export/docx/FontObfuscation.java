package io.github.wenshu.export.docx;

import java.util.UUID;

/**
 * The font obfuscation of ECMA-376 Part 2 / Office Open XML embedded fonts: the first 32 bytes of the font
 * are XOR-ed with the key GUID read as 16 bytes in the order its hex digits are written, reversed.
 *
 * <pre>{@code
 * String key = FontObfuscation.keyFor("FandolFang");       // "{8C1E…}", the same for the same name
 * byte[] odttf = FontObfuscation.obfuscate(ttf, key);
 * }</pre>
 */
final class FontObfuscation {

    private FontObfuscation() {
    }

    /** A GUID derived from the family name, so the same document gives the same bytes. */
    static String keyFor(String family) {
        UUID id = UUID.nameUUIDFromBytes(("wenshu-font:" + family).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "{" + id.toString().toUpperCase(java.util.Locale.ROOT) + "}";
    }

    /** A copy of {@code font} with its first 32 bytes obfuscated with {@code key} ("{XXXXXXXX-…}"). */
    static byte[] obfuscate(byte[] font, String key) {
        return obfuscateInPlace(font.clone(), key);
    }

    /** Obfuscates the first 32 bytes of {@code font} itself, for a font nothing else holds; returns it. */
    static byte[] obfuscateInPlace(byte[] font, String key) {
        byte[] k = keyBytes(key);
        for (int i = 0; i < 32 && i < font.length; i++) {
            font[i] ^= k[15 - i % 16];
        }
        return font;
    }

    /** The inverse of {@link #obfuscate}: XOR is its own inverse. */
    static byte[] deobfuscate(byte[] odttf, String key) {
        return obfuscate(odttf, key);
    }

    static byte[] keyBytes(String key) {
        String hex = key.replaceAll("[{}-]", "");
        if (hex.length() != 32) {
            throw new IllegalArgumentException("font key must be a GUID, was " + key);
        }
        byte[] k = new byte[16];
        for (int i = 0; i < 16; i++) {
            k[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return k;
    }
}
