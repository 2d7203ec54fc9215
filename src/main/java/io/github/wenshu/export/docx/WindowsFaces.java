package io.github.wenshu.export.docx;

import io.github.wenshu.style.FontRole;

import java.util.Set;

/**
 * The standard Windows family names (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体, 宋体), nothing embedded:
 * for offices whose machines have these fonts. Word and WPS fall back on their own for characters a face lacks.
 *
 * <pre>{@code
 * new WindowsFaces().family(FontRole.KAITI);   // "楷体_GB2312"
 * }</pre>
 */
final class WindowsFaces implements Faces {

    @Override
    public String family(FontRole role) {
        return role.windowsName();
    }

    @Override
    public void split(FontRole role, String text, PieceSink sink) {
        sink.piece(family(role), text, false);
    }

    @Override
    public boolean embeds() {
        return false;
    }

    @Override
    public Subset subset(String family, Set<Integer> codePoints) {
        throw new IllegalStateException("Windows font names are not embedded");
    }
}
