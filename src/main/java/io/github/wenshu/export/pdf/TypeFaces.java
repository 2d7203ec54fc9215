package io.github.wenshu.export.pdf;

import io.github.wenshu.style.FontRole;

import java.util.List;

/**
 * The faces behind the style's font roles, each backed by a fallback face glyph by glyph.
 *
 * <pre>{@code
 * List<Face> chain = faces.chain(FontRole.FANGSONG);   // [仿宋, fallback]
 * }</pre>
 */
interface TypeFaces {

    /** The faces tried in order for a role: the role's own face first, the full-coverage fallback last. */
    List<Face> chain(FontRole role);
}
