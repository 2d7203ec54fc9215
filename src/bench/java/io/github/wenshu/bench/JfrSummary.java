package io.github.wenshu.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the time goes in a JFR recording: the share of execution samples per method, as the top frame
 * ("self") and anywhere on the stack ("total"), the latter for Wenshu's own methods only.
 *
 * <pre>
 * java -cp … io.github.wenshu.bench.JfrSummary target/bench-wenshu-pdf.jfr [TOP [PACKAGES]]
 * </pre>
 * PACKAGES (comma-separated prefixes, default Wenshu's) chooses the methods of the "total" list, e.g.
 * {@code io.github.wenshu.,com.lowagie.} to see OpenPDF's share as well.
 */
public final class JfrSummary {

    private JfrSummary() {
    }

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        List<String> packages = List.of((args.length > 2 ? args[2] : "io.github.wenshu.").split(","));
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            List<RecordedFrame> frames = st.getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (packages.stream().anyMatch(n::startsWith) && !n.startsWith("io.github.wenshu.bench.")
                        && seen.add(n)) {
                    total.merge(n, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d execution samples%n%nself (top frame):%n", samples);
        print(self, samples, top);
        System.out.printf("%ntotal (on the stack), methods of %s:%n", String.join(", ", packages));
        print(total, samples, top);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(Map<String, Integer> counts, int samples, int top) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
