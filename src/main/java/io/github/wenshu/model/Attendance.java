package io.github.wenshu.model;

import java.util.List;
import java.util.Objects;

/**
 * A 纪要 attendance line: a label such as "出席" and the names after it.
 *
 * <pre>{@code
 * Attendance a = new Attendance("出席", List.of("张三", "李四"));
 * }</pre>
 */
public record Attendance(String label, List<String> names) {
    public Attendance {
        Objects.requireNonNull(label, "label");
        names = List.copyOf(Objects.requireNonNull(names, "names"));
    }
}
