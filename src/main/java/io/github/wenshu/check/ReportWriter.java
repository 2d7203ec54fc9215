package io.github.wenshu.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes a {@link ConformanceReport} for people (text) or machines (JSON).
 *
 * <pre>{@code
 * System.out.print(ReportWriter.text(report));
 * String json = ReportWriter.json(report);  // {"source":…,"conforms":false,"findings":[{"rule":"kinsoku",…}]}
 * }</pre>
 */
public final class ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    public static String text(ConformanceReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.source()).append(": ").append(r.pages()).append(r.pages() == 1 ? " page, " : " pages, ")
                .append(r.conforms() ? "conforms to GB/T 9704-2012" : "does NOT conform to GB/T 9704-2012")
                .append(" (").append(r.errors().size()).append(" errors, ").append(r.warnings().size())
                .append(" warnings)\n");
        for (Finding f : r.findings()) {
            sb.append(f.severity() == Severity.ERROR ? "  ERROR " : "  WARN  ").append(f.rule().id())
                    .append(" (").append(f.rule().clause()).append(")")
                    .append(f.page() > 0 ? " p." + f.page() : "").append(": ").append(f.measured())
                    .append("; expected ").append(f.expected()).append('\n');
        }
        sb.append("Rules:\n");
        for (Map.Entry<Rule, Outcome> e : new java.util.TreeMap<>(r.outcomes()).entrySet()) {
            Rule rule = e.getKey();
            sb.append(String.format("  %-14s %-22s %-16s %s", label(e.getValue()), rule.id(), rule.clause(),
                    rule.requirement()));
            String why = r.notApplicableWhy().get(rule);
            if (why != null) {
                sb.append(" — ").append(why);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String label(Outcome o) {
        return switch (o) {
            case PASS -> "pass";
            case WARN -> "warn";
            case FAIL -> "FAIL";
            case NOT_APPLICABLE -> "not applicable";
        };
    }

    public static String json(ConformanceReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("source", r.source());
        root.put("pages", r.pages());
        root.put("conforms", r.conforms());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode n = findings.addObject();
            n.put("rule", f.rule().id());
            n.put("clause", f.rule().clause());
            n.put("page", f.page());
            n.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
            n.put("measured", f.measured());
            n.put("expected", f.expected());
        }
        ObjectNode rules = root.putObject("rules");
        for (Map.Entry<Rule, Outcome> e : new java.util.TreeMap<>(r.outcomes()).entrySet()) {
            ObjectNode n = rules.putObject(e.getKey().id());
            n.put("clause", e.getKey().clause());
            n.put("outcome", e.getValue().name().toLowerCase(java.util.Locale.ROOT));
            String why = r.notApplicableWhy().get(e.getKey());
            if (why != null) {
                n.put("why", why);
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
