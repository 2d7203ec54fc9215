package io.github.wenshu.layout;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleSplitterTest {

    private static final float TITLE = 22f;
    private static final float WIDTH = 442.2f;

    private static List<String> split(String title) {
        Glyphs g = new Glyphs(title.length());
        title.codePoints().forEach(cp -> g.add(cp, cp < 0x2000 ? TITLE / 2 : TITLE, TITLE, 0));
        List<Integer> starts = TitleSplitter.split(g, WIDTH, TITLE);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : title.length();
            lines.add(title.substring(starts.get(i), end));
        }
        return lines;
    }

    private static double em(String s) {
        return s.codePoints().mapToDouble(cp -> cp < 0x2000 ? 0.5 : 1).sum();
    }

    @Test
    void shortTitleStaysOnOneLine() {
        assertEquals(List.of("关于开展安全检查的通知"), split("关于开展安全检查的通知"));
    }

    @Test
    void twoLineTitleBreaksAfterTheOrganAndIsNotRectangular() {
        List<String> lines = split("深圳市宝安区司法局2024年法治政府建设年度报告");
        assertEquals(List.of("深圳市宝安区司法局", "2024年法治政府建设年度报告"), lines);
    }

    @Test
    void longTitleFormsATrapezoidOrDiamondKeepingNumbersWhole() {
        String title = "国务院办公厅关于印发2024年深化医药卫生体制改革重点工作任务和全面加强基层医疗卫生服务能力建设实施方案的通知";
        List<String> lines = split(title);
        assertEquals(title, String.join("", lines));
        assertTrue(lines.size() >= 3, lines::toString);
        for (int i = 1; i < lines.size(); i++) {
            assertNotEquals(em(lines.get(i - 1)), em(lines.get(i)), lines::toString);
        }
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("4年") || l.endsWith("202")), lines::toString);
    }
}
