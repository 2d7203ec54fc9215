package io.github.wenshu.export.pdf;

import java.time.LocalDate;

/** Dates as GB/T 9704 §7.3.5.4 writes them: Arabic numerals, year in full, no leading zeros. */
final class ChineseDates {

    private ChineseDates() {
    }

    /** "2024年12月9日". */
    static String format(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
