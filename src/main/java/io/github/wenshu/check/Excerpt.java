package io.github.wenshu.check;

/** A short quotation of a line for messages. */
final class Excerpt {
    private static final int MAX = 16;

    private Excerpt() {
    }

    static String of(TextLine line) {
        String t = line.compact();
        return t.length() <= MAX ? t : t.substring(0, MAX) + "…";
    }
}
