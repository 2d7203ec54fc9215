package io.github.wenshu.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a figure's picture comes from: a file, or bytes carried in the report.
 *
 * <pre>{@code
 * ImageSource a = new ImageSource.File(Path.of("chart.png"));
 * ImageSource b = new ImageSource.Data(pngBytes, "chart.png");
 * }</pre>
 */
public sealed interface ImageSource permits ImageSource.File, ImageSource.Data {

    /** A short name for messages: the file path or the data's name. */
    String describe();

    /** An image file; relative paths were already resolved by the reader. */
    record File(Path path) implements ImageSource {
        public File {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return path.toString();
        }
    }

    /** Image bytes (PNG or JPEG) with a name used in messages. */
    record Data(byte[] bytes, String name) implements ImageSource {
        public Data {
            bytes = Objects.requireNonNull(bytes, "bytes").clone();
            name = name == null ? "image" : name;
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public String describe() {
            return name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Data d && java.util.Arrays.equals(bytes, d.bytes) && name.equals(d.name);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes) * 31 + name.hashCode();
        }

        @Override
        public String toString() {
            return "Data[" + name + ", " + bytes.length + " bytes]";
        }
    }
}
