package io.github.wenshu.export.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The draw list of one page: its 1-based number, whether the number is printed, and what is drawn.
 */
final class Page {

    private final int number;
    private final List<DrawOp> ops = new ArrayList<>();
    private boolean numbered = true;
    private int textLines;

    Page(int number) {
        this.number = number;
    }

    int number() {
        return number;
    }

    void add(DrawOp op) {
        ops.add(op);
        if (op instanceof DrawOp.Text) {
            textLines++;
        } else if (op instanceof DrawOp.Turned t) {
            textLines += (int) t.ops().stream().filter(o -> o instanceof DrawOp.Text).count();
        }
    }

    List<DrawOp> ops() {
        return ops;
    }

    /** Removes the last {@code count} things drawn and returns them in order. */
    List<DrawOp> removeLast(int count) {
        List<DrawOp> tail = new ArrayList<>(ops.subList(ops.size() - count, ops.size()));
        ops.subList(ops.size() - count, ops.size()).clear();
        textLines -= (int) tail.stream().filter(o -> o instanceof DrawOp.Text).count();
        return tail;
    }

    boolean isEmpty() {
        return ops.isEmpty();
    }

    int textLines() {
        return textLines;
    }

    boolean numbered() {
        return numbered;
    }

    void setNumbered(boolean numbered) {
        this.numbered = numbered;
    }
}
