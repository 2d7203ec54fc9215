package io.github.wenshu.read.text;

import io.github.wenshu.model.DocumentForm;
import io.github.wenshu.model.Metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the parts above the body: 份号, 密级★保密期限, 紧急程度, 发文机关标志 ("…文件", "…纪要", or the lines
 * above a 发文字号 — a letterhead when the number is a letter's, "…函〔2024〕5号"), 发文字号 with an optional 签发人
 * or a 纪要's issue number ("第5期"), the title lines and the 主送 line(s).
 *
 * <pre>{@code
 * int bodyStart = new HeaderParser(lines, builder).parse();
 * }</pre>
 */
final class HeaderParser {

    static final Pattern DOC_NUMBER = Pattern.compile(
            "^(\\S{0,24}?)\\s*[〔\\[【（(［]\\s*([0-9]{4})\\s*[〕\\]】）)］]\\s*([0-9]{1,5})\\s*号"
                    + "(?:[\\s\u3000]+签发人[：:]\\s*(.+))?$");
    private static final Pattern COPY_NUMBER = Pattern.compile("^[0-9]{6}$");
    private static final Pattern SECRECY = Pattern.compile("^(绝密|机密|秘密)(?:\\s*[★*☆]\\s*(.+))?$");
    private static final Pattern URGENCY = Pattern.compile("^(特急|加急|特提|平急)$");
    private static final Pattern SIGNER = Pattern.compile("^签发人[：:]\\s*(.+)$");
    private static final Pattern ISSUE = Pattern.compile(
            "^(?:[〔\\[【（(［]\\s*([0-9]{4})\\s*[〕\\]】）)］]\\s*)?第\\s*([0-9]{1,4})\\s*期$");
    private static final int MARK_SCAN = 8;
    private static final int MAX_TITLE_LINE = 50;
    private static final int MAX_ADDRESSEE = 60;

    private final List<TextLine> lines;
    private final Metadata.Builder meta;
    private int i;

    HeaderParser(List<TextLine> lines, Metadata.Builder meta) {
        this.lines = lines;
        this.meta = meta;
    }

    /** Fills the header parts and returns the index of the first body line. */
    int parse() {
        skipBlank();
        topMarks();
        markAndNumber();
        title();
        addressees();
        return i;
    }

    private void topMarks() {
        for (boolean found = true; found && i < lines.size(); ) {
            String t = lines.get(i).text();
            Matcher sec = SECRECY.matcher(t);
            found = true;
            if (COPY_NUMBER.matcher(TextDates.asciiDigits(t)).matches()) {
                meta.copyNumber(TextDates.asciiDigits(t));
            } else if (sec.matches()) {
                meta.secrecy(sec.group(1)).secrecyTerm(sec.group(2) == null ? null : sec.group(2).strip());
            } else if (URGENCY.matcher(t).matches()) {
                meta.urgency(t);
            } else {
                found = false;
            }
            if (found) {
                i++;
                skipBlank();
            }
        }
    }

    private void markAndNumber() {
        int number = -1;
        int seen = 0;
        for (int j = i; j < lines.size() && seen < MARK_SCAN; j++) {
            if (lines.get(j).isBlank()) {
                continue;
            }
            seen++;
            if (DOC_NUMBER.matcher(TextDates.asciiDigits(lines.get(j).text())).matches()) {
                number = j;
                break;
            }
        }
        List<String> mark = new ArrayList<>();
        int end = number >= 0 ? number : i;
        for (int j = i; j < end; j++) {
            if (!lines.get(j).isBlank()) {
                mark.add(lines.get(j).text());
            }
        }
        if (number < 0 && i < lines.size() && isFileMark(lines.get(i).text())) {
            mark.add(lines.get(i).text());
            end = i + 1;
        }
        if (!mark.isEmpty()) {
            applyMark(mark, number >= 0 && isLetterNumber(lines.get(number).text()));
        }
        i = end;
        skipBlank();
        if (number < 0 && "纪要".equals(meta.build().markSuffix())) {
            issueNumber();
        }
        if (number >= 0) {
            Matcher m = DOC_NUMBER.matcher(TextDates.asciiDigits(lines.get(i).text()));
            m.matches();
            meta.docNumber(m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号");
            if (m.group(4) != null) {
                meta.signers(names(m.group(4)));
            }
            i++;
            skipBlank();
            if (i < lines.size()) {
                Matcher s = SIGNER.matcher(lines.get(i).text());
                if (s.matches()) {
                    meta.signers(names(s.group(1)));
                    i++;
                    skipBlank();
                }
            }
        }
    }

    /** A 纪要 issue number on the line under the mark: "第5期", "〔2024〕第5期". */
    private void issueNumber() {
        if (i >= lines.size()) {
            return;
        }
        Matcher m = ISSUE.matcher(TextDates.asciiDigits(lines.get(i).text()));
        if (m.matches()) {
            meta.docNumber((m.group(1) == null ? "" : "〔" + m.group(1) + "〕") + "第" + m.group(2) + "期");
            i++;
            skipBlank();
        }
    }

    /** A letter's 发文字号: the organ's 代字 ends in 函 ("深宝司办函〔2024〕5号"). */
    private static boolean isLetterNumber(String t) {
        Matcher m = DOC_NUMBER.matcher(TextDates.asciiDigits(t));
        return m.matches() && m.group(1).endsWith("函");
    }

    private static boolean isFileMark(String t) {
        return (t.endsWith("文件") || t.endsWith("纪要")) && t.length() <= 30 && t.length() > 2 && !hasSentencePunctuation(t);
    }

    /**
     * The mark's organs and suffix. Without a "文件" or "纪要" suffix, lines above a letter's number are a 信函格式
     * letterhead; above any other number, a 文件格式 mark.
     */
    private void applyMark(List<String> mark, boolean letterNumber) {
        List<String> organs = new ArrayList<>(mark);
        String last = organs.get(organs.size() - 1);
        String suffix = null;
        DocumentForm form = DocumentForm.FILE;
        for (String s : List.of("文件", "纪要")) {
            if (last.equals(s)) {
                suffix = s;
                organs.remove(organs.size() - 1);
            } else if (last.endsWith(s)) {
                suffix = s;
                organs.set(organs.size() - 1, last.substring(0, last.length() - s.length()).strip());
            }
            if (suffix != null) {
                form = s.equals("纪要") ? DocumentForm.MINUTES : DocumentForm.FILE;
                break;
            }
        }
        if (suffix == null && letterNumber) {
            form = DocumentForm.LETTER;
        }
        meta.form(form).issuers(organs).markSuffix(suffix);
    }

    private static List<String> names(String s) {
        List<String> out = new ArrayList<>();
        for (String n : s.strip().split("[\\s\u3000、，,]+")) {
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    private void title() {
        List<String> title = new ArrayList<>();
        while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).pageBreak()
                && isTitleLine(lines.get(i).text())) {
            if (!title.isEmpty() && isAddresseeStart(i)) {
                break;
            }
            title.add(lines.get(i).text());
            i++;
        }
        if (!title.isEmpty()) {
            meta.title(String.join("\n", title));
        }
        skipBlank();
    }

    private static boolean isTitleLine(String t) {
        return t.length() <= MAX_TITLE_LINE && !t.endsWith("。") && !t.endsWith("：") && !t.endsWith(":")
                && HeadingSyntax.match(t, true).isEmpty() && !t.contains("|") && !TextDates.looksLikeDate(t);
    }

    private void addressees() {
        if (!isAddresseeStart(i)) {
            return;
        }
        int j = i;
        StringBuilder sb = new StringBuilder();
        while (j < lines.size() && !lines.get(j).isBlank()) {
            String t = lines.get(j).text();
            sb.append(t);
            j++;
            if (t.endsWith("：") || t.endsWith(":")) {
                String all = sb.toString();
                meta.addressees(all.endsWith(":") ? all.substring(0, all.length() - 1) + "：" : all);
                i = j;
                skipBlank();
                return;
            }
        }
    }

    /** A 主送 line (or the first of up to three, the earlier ones ending in "，" or "、"). */
    private boolean isAddresseeStart(int at) {
        StringBuilder sb = new StringBuilder();
        for (int j = at; j < lines.size() && j < at + 3 && !lines.get(j).isBlank(); j++) {
            String t = lines.get(j).text();
            sb.append(t);
            if (t.endsWith("：") || t.endsWith(":")) {
                return isAddressee(sb.toString());
            }
            if (!(t.endsWith("，") || t.endsWith("、") || t.endsWith(","))) {
                return false;
            }
        }
        return false;
    }

    static boolean isAddressee(String t) {
        return t.length() <= MAX_ADDRESSEE && !t.matches(".*[。；;！!？?].*") && !t.matches(".*如下[：:]$")
                && !t.matches("^(现|根据|为|按照|经|关于|附件|抄送).*") && HeadingSyntax.match(t, true).isEmpty();
    }

    static boolean hasSentencePunctuation(String t) {
        return t.matches(".*[。，；：！？,;:!?].*");
    }

    private void skipBlank() {
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
    }
}
