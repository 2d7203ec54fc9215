package io.github.wenshu.model;

/**
 * The layout family of a document (GB/T 9704 §7, §10).
 *
 * <pre>{@code
 * Report r = Report.builder().form(DocumentForm.LETTER).build();
 * }</pre>
 */
public enum DocumentForm {
    /** 文件格式: red 发文机关标志 and rule above the title. */
    FILE,
    /** 信函格式: mark 30 mm from the page top between red double rules, page 1 unnumbered. */
    LETTER,
    /** 纪要格式: "×××纪要" mark, attendance lists. */
    MINUTES,
    /** A report without a red header. */
    PLAIN
}
