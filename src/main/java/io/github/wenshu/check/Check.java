package io.github.wenshu.check;

/** One family of rules. A check records what it measured in {@link Findings}; it never throws on odd input. */
interface Check {
    void run(CheckContext ctx, Findings out);
}
