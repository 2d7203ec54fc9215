package io.github.wenshu.cli;

import io.github.wenshu.style.Style;

import java.nio.file.Path;

/** Loads {@code --style} files. */
final class StyleFiles {

    private StyleFiles() {
    }

    static Style load(Path file) throws UsageException {
        throw new UsageException("--style is not available in this build yet");
    }
}
