package io.github.wenshu.export.docx;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontObfuscationTest {

    @Test
    void xorsTheFirst32BytesWithTheReversedKeyTwice() {
        String key = "{00112233-4455-6677-8899-AABBCCDDEEFF}";
        byte[] zeros = new byte[40];
        byte[] out = FontObfuscation.obfuscate(zeros, key);
        for (int i = 0; i < 32; i++) {
            assertEquals((byte) (0xFF - 0x11 * (i % 16)), out[i], "byte " + i);
        }
        for (int i = 32; i < 40; i++) {
            assertEquals(0, out[i]);
        }
    }

    @Test
    void deobfuscatingGivesTheFontBack() {
        byte[] font = new byte[100];
        for (int i = 0; i < font.length; i++) {
            font[i] = (byte) (i * 7);
        }
        String key = FontObfuscation.keyFor("FandolFang");
        assertArrayEquals(font, FontObfuscation.deobfuscate(FontObfuscation.obfuscate(font, key), key));
    }

    @Test
    void keysAreGuidsFixedByTheFamilyName() {
        String key = FontObfuscation.keyFor("仿宋");
        assertEquals(key, FontObfuscation.keyFor("仿宋"));
        assertTrue(key.matches("\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}}"), key);
    }
}
