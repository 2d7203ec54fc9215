package io.github.wenshu.export.pdf;

import io.github.wenshu.style.FontRole;

import java.util.List;

/**
 * The faces behind the style's font roles, each backed by a fallback face glyph by glyph.
 *
 * <pre>{@code
 * List<FaceRun> runs = faces.split(FontRole.FANGSONG, "王堃同志");   // 仿宋 "王", fallback "堃", 仿宋 "同志"
 * }</pre>
 */
interface TypeFaces {

    List<FaceRun> split(FontRole role, String text);
}
