package io.github.wenshu.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one bench run measured, filled phase by phase and rendered by {@link MarkdownReport}. */
final class Results {

    /** Warm timing of one contender on one workload; {@code pages} of the PDF, or of LibreOffice's PDF of a DOCX. */
    record Warm(String workload, String contender, Stats time, long bytes, int pages) {
        double pagesPerSecond() {
            return pages == 0 ? 0 : pages / (time.medianMillis() / 1000);
        }
    }

    /** A separate JVM making one document: the whole process, and the first document inside it. */
    record FirstDoc(String contender, Stats processWall, Stats firstDocument) {
    }

    /** Smallest heap limit that suffices, and the peak heap used with a roomy limit. */
    record Heap(String contender, String workload, int minXmxMb, double peakUsedMb, int roomyXmxMb) {
    }

    /** Documents per second with a number of threads sharing one contender. */
    record Throughput(String contender, int threads, double docsPerSecond) {
    }

    /** Wall time of a command line, JVM or office start included. */
    record Command(String label, String command, Stats wall) {
    }

    final Map<String, String> environment = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    final List<Warm> warm = new ArrayList<>();
    final List<FirstDoc> firstDocs = new ArrayList<>();
    final List<Heap> heap = new ArrayList<>();
    final List<Throughput> throughput = new ArrayList<>();
    final List<Command> commands = new ArrayList<>();

    Warm warm(String workload, String contender) {
        return warm.stream().filter(w -> w.workload().equals(workload) && w.contender().equals(contender))
                .findFirst().orElse(null);
    }
}
