package io.github.wenshu.export.pdf;

/**
 * A stretch of text drawn with one face; {@code missing} when no face of the chain has these characters
 * (the face is then the one that draws a visible replacement).
 */
record FaceRun(Face face, String text, boolean missing) {
}
