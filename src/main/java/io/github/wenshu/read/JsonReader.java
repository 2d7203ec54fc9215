package io.github.wenshu.read;

import io.github.wenshu.model.Report;
import io.github.wenshu.model.ReportLimits;
import io.github.wenshu.read.json.At;
import io.github.wenshu.read.json.JsonReportMapper;
import io.github.wenshu.read.json.JsonValue;
import io.github.wenshu.read.json.LocatedJsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the Wenshu JSON format ({@code docs/json-format.md}). Every error names the JSON path and
 * {@code line:column}, says what was expected and suggests the nearest name for a misspelt field or type.
 *
 * <pre>{@code
 * Report r = new JsonReader().read("{\"metadata\": {\"title\": \"通知\"}, \"body\": []}", ReadOptions.defaults());
 * }</pre>
 */
public final class JsonReader implements ReportReader {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public Report read(InputStream in, ReadOptions options) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxInputBytes() + 1));
        if (bytes.length > options.maxInputBytes()) {
            throw new ReadException(options.sourceName(), 0, 0, null,
                    "input is larger than the limit of " + options.maxInputBytes() + " bytes");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return read(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8), options);
    }

    public Report read(String json, ReadOptions options) {
        return read(new StringReader(json), options);
    }

    public Report read(Reader json, ReadOptions options) {
        JsonValue root = LocatedJsonParser.parse(json, options.sourceName(), options.limits());
        Report report = new JsonReportMapper(options).report(new At(root, "$", options.sourceName()));
        ReportLimits.firstViolation(report, options.limits()).ifPresent(v -> {
            throw new ReadException(options.sourceName(), 0, 0, "$." + v.location().replace(".cells[", "["),
                    v.message());
        });
        return report;
    }
}
