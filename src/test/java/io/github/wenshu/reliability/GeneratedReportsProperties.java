package io.github.wenshu.reliability;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/**
 * Random reports of every block type and every corner of Unicode become valid PDF and DOCX files that hold
 * every character in order — or, over the limits, a located {@code ExportException} (see {@link Conversions}).
 */
class GeneratedReportsProperties {

    static final int CASES = 40;

    @TestFactory
    Stream<DynamicTest> everyReportExportsValidlyWithoutLosingText() {
        return Tries.cases("report", CASES, seed -> Conversions.check(Reports.any(new Gen(seed))));
    }
}
