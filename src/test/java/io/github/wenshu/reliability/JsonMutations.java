package io.github.wenshu.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Breaks valid JSON the ways real inputs break: a byte changed, a range cut out or doubled, two ranges
 * swapped, a token or a hostile value (a 1,000-deep array, a huge number, a lone surrogate escape, a
 * 100,000-character string) put in at a random place, and random Unicode text put into a string.
 *
 * <pre>{@code
 * byte[] broken = JsonMutations.mutate(new Gen(seed), Files.readAllBytes(example));
 * }</pre>
 */
final class JsonMutations {

    private static final String[] TOKENS = {"{", "}", "[", "]", "\"", ",", ":", "null", "true", "-", "0", "\\",
            "1e999999999", "-0.0000000001e-99999", "123456789012345678901234567890", "\"\\u0000\"",
            "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"type\": \"list\"", "{\"type\": \"list\", \"items\": [",
            "\"colSpan\": 1000000", "\"rowSpan\": -1", "\"level\": 5", "\"headerRows\": 99", "\"widthMm\": -1",
            "\"path\": \"../../../etc/passwd\"", "\"path\": \"/etc/hostname\"", "\"data\": \"iVBORw0KGgo=\"",
            "\"path\": \"http://127.0.0.1:9/x.png\"", "NaN", "Infinity", "\uFEFF", "\u0000", "\"\u0001\""};

    private JsonMutations() {
    }

    static byte[] mutate(Gen g, byte[] json) {
        byte[] out = json;
        for (int n = g.between(1, 4); n > 0; n--) {
            out = once(g, out);
        }
        return out;
    }

    private static byte[] once(Gen g, byte[] in) {
        if (in.length == 0) {
            return insert(in, 0, g.pick(TOKENS).getBytes(StandardCharsets.UTF_8));
        }
        int at = g.between(0, in.length - 1);
        int len = Math.min(in.length - at, g.between(1, 60));
        return g.weighted(
                3, (Function<Gen, byte[]>) x -> {
                    byte[] b = in.clone();
                    b[at] = (byte) x.between(0, 255);
                    return b;
                },
                3, (Function<Gen, byte[]>) x -> concat(Arrays.copyOfRange(in, 0, at),
                        Arrays.copyOfRange(in, at + len, in.length)),
                2, (Function<Gen, byte[]>) x -> insert(in, at, Arrays.copyOfRange(in, at, at + len)),
                2, (Function<Gen, byte[]>) x -> {
                    int other = x.between(0, in.length - 1);
                    int len2 = Math.min(in.length - other, len);
                    byte[] b = in.clone();
                    System.arraycopy(in, other, b, at, Math.min(len2, in.length - at));
                    System.arraycopy(in, at, b, other, Math.min(len2, in.length - other));
                    return b;
                },
                5, (Function<Gen, byte[]>) x -> insert(in, at, x.pick(TOKENS).getBytes(StandardCharsets.UTF_8)),
                1, (Function<Gen, byte[]>) x -> insert(in, at, "[".repeat(1000).getBytes(StandardCharsets.UTF_8)),
                1, (Function<Gen, byte[]>) x -> insert(in, at,
                        ("\"" + "长".repeat(100_000) + "\"").getBytes(StandardCharsets.UTF_8)),
                4, (Function<Gen, byte[]>) x -> {
                    int quote = indexOf(in, (byte) '"', at);
                    String text = Texts.any(x, 30).replace("\\", "\\\\").replace("\"", "\\\"");
                    return quote < 0 ? in : insert(in, quote + 1, text.getBytes(StandardCharsets.UTF_8));
                });
    }

    private static int indexOf(byte[] b, byte v, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] insert(byte[] in, int at, byte[] what) {
        return concat(concat(Arrays.copyOfRange(in, 0, at), what), Arrays.copyOfRange(in, at, in.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
