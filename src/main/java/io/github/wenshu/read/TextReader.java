package io.github.wenshu.read;

import io.github.wenshu.model.Report;
import io.github.wenshu.model.ReportLimits;
import io.github.wenshu.read.text.TextStructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads plain text with the official structure recognised: title, 发文字号, 主送, the heading numbers
 * 一、/（一）/1./（1） (run-in when text follows the first "。"), tables, 附件说明, 署名, 成文日期, 附注,
 * attachment sections, 抄送 and 印发. Nothing is dropped: an unrecognised line is a paragraph. The
 * conventions are in {@code docs/text-format.md}. Input is UTF-8, or GB18030 when it is not valid UTF-8.
 *
 * <pre>{@code
 * Report r = new TextReader().read("关于开展检查的通知\n\n各单位：\n一、检查范围\n……", ReadOptions.defaults());
 * }</pre>
 */
public final class TextReader implements ReportReader {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public List<String> extensions() {
        return List.of("txt", "text");
    }

    @Override
    public Report read(InputStream in, ReadOptions options) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxInputBytes() + 1));
        if (bytes.length > options.maxInputBytes()) {
            throw new ReadException(options.sourceName(), 0, 0, null,
                    "input is larger than the limit of " + options.maxInputBytes() + " bytes");
        }
        return read(decode(bytes), options);
    }

    public Report read(String text, ReadOptions options) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Report report = TextStructure.read(t, options);
        ReportLimits.firstViolation(report, options.limits()).ifPresent(v -> {
            throw new ReadException(options.sourceName(), 0, 0, null, v.location() + ": " + v.message());
        });
        return report;
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
