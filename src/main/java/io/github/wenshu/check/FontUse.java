package io.github.wenshu.check;

/**
 * A font the PDF draws text with.
 *
 * @param name      its name as stored, subset prefix included
 * @param embedded  whether the font program is in the file
 * @param firstPage the first page that uses it
 */
record FontUse(String name, boolean embedded, int firstPage) {
}
