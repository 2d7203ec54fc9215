package io.github.wenshu.font;

import io.github.wenshu.style.FontRole;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConcurrentExportTest {
    @Test
    void eightThreadsShareOneFontSet() throws Exception {
        FontSet fonts = FontSet.bundled();
        String[] words = {"公文", "格式", "堃喆", "镕昇", "珺燊", "囍濛", "通知", "附件"};
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String line = i + "号" + words[i % words.length] + words[(i * 3 + 1) % words.length];
                expected.add(line);
                FontRole role = FontRole.values()[i % FontRole.values().length];
                Callable<String> job = () -> {
                    byte[] pdf = PdfFonts.draw(fonts, List.of(new PdfFonts.Line(role, line)));
                    for (String f : PdfFonts.fonts(pdf)) {
                        assertTrue(f.endsWith("embedded=true subset=true toUnicode=true"), f);
                    }
                    return PdfFonts.text(pdf).strip();
                };
                results.add(pool.submit(job));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void samePdfTwiceGivesTheSameFontNames() throws Exception {
        FontSet fonts = FontSet.bundled();
        List<PdfFonts.Line> lines = List.of(new PdfFonts.Line(FontRole.FANGSONG, "张堃同志"));
        assertEquals(PdfFonts.fonts(PdfFonts.draw(fonts, lines)), PdfFonts.fonts(PdfFonts.draw(fonts, lines)));
    }
}
