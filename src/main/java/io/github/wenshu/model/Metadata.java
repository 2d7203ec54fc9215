package io.github.wenshu.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The official-document parts of a report (GB/T 9704 §7); every part is optional.
 *
 * <pre>{@code
 * Metadata m = Metadata.builder()
 *     .form(DocumentForm.FILE).issuers("深圳市宝安区人民政府").markSuffix("文件")
 *     .docNumber("深宝府〔2024〕12号").title("关于印发……的通知")
 *     .addressees("各街道办事处，区直各单位：")
 *     .signatures("深圳市宝安区人民政府").date(LocalDate.of(2024, 12, 19)).sealed(true)
 *     .build();
 * }</pre>
 *
 * @param form            the layout family
 * @param copyNumber      份号, six digits
 * @param secrecy         密级 ("机密")
 * @param secrecyTerm     保密期限 ("1年"), written after a ★
 * @param urgency         紧急程度 ("特急")
 * @param issuers         发文机关标志: one or several organs, lead organ first
 * @param markSuffix      text beside the organs in the mark ("文件"), or null
 * @param docNumber       发文字号 ("国办发〔2025〕1号")
 * @param signers         签发人 names, in issuing order
 * @param title           标题; '\n' marks an explicit line break
 * @param addressees      主送机关, ending with "："
 * @param attachmentNotes 附件说明: the names of the attachments, in order
 * @param signatures      署名: one or several organs
 * @param date            成文日期
 * @param sealed          whether a seal is applied (changes where 署名 and 日期 go)
 * @param note            附注, without its brackets
 * @param copyTo          抄送机关, in order
 * @param printer         印发机关
 * @param printDate       印发日期
 * @param attendance      纪要 attendance lines (出席, 请假, 列席)
 */
public record Metadata(
        DocumentForm form,
        String copyNumber,
        String secrecy,
        String secrecyTerm,
        String urgency,
        List<String> issuers,
        String markSuffix,
        String docNumber,
        List<String> signers,
        String title,
        String addressees,
        List<String> attachmentNotes,
        List<String> signatures,
        LocalDate date,
        boolean sealed,
        String note,
        List<String> copyTo,
        String printer,
        LocalDate printDate,
        List<Attendance> attendance) {

    public static final Metadata EMPTY = builder().build();

    public Metadata {
        form = form == null ? DocumentForm.PLAIN : form;
        issuers = copy(issuers);
        signers = copy(signers);
        attachmentNotes = copy(attachmentNotes);
        signatures = copy(signatures);
        copyTo = copy(copyTo);
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The title's explicit lines; empty when there is no title. */
    public List<String> titleLines() {
        return title == null || title.isBlank() ? List.of() : List.of(title.split("\n"));
    }

    public boolean hasVersionBlock() {
        return !copyTo.isEmpty() || printer != null || printDate != null;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.form = form;
        b.copyNumber = copyNumber;
        b.secrecy = secrecy;
        b.secrecyTerm = secrecyTerm;
        b.urgency = urgency;
        b.issuers = new ArrayList<>(issuers);
        b.markSuffix = markSuffix;
        b.docNumber = docNumber;
        b.signers = new ArrayList<>(signers);
        b.title = title;
        b.addressees = addressees;
        b.attachmentNotes = new ArrayList<>(attachmentNotes);
        b.signatures = new ArrayList<>(signatures);
        b.date = date;
        b.sealed = sealed;
        b.note = note;
        b.copyTo = new ArrayList<>(copyTo);
        b.printer = printer;
        b.printDate = printDate;
        b.attendance = new ArrayList<>(attendance);
        return b;
    }

    /** Builds a {@link Metadata}; unset parts stay empty. */
    public static final class Builder {
        private DocumentForm form = DocumentForm.PLAIN;
        private String copyNumber;
        private String secrecy;
        private String secrecyTerm;
        private String urgency;
        private List<String> issuers = new ArrayList<>();
        private String markSuffix;
        private String docNumber;
        private List<String> signers = new ArrayList<>();
        private String title;
        private String addressees;
        private List<String> attachmentNotes = new ArrayList<>();
        private List<String> signatures = new ArrayList<>();
        private LocalDate date;
        private boolean sealed;
        private String note;
        private List<String> copyTo = new ArrayList<>();
        private String printer;
        private LocalDate printDate;
        private List<Attendance> attendance = new ArrayList<>();

        public Builder form(DocumentForm form) { this.form = form; return this; }
        public Builder copyNumber(String v) { this.copyNumber = v; return this; }
        public Builder secrecy(String v) { this.secrecy = v; return this; }
        public Builder secrecyTerm(String v) { this.secrecyTerm = v; return this; }
        public Builder urgency(String v) { this.urgency = v; return this; }
        public Builder issuers(String... v) { return issuers(List.of(v)); }
        public Builder issuers(List<String> v) { this.issuers = new ArrayList<>(v); return this; }
        public Builder markSuffix(String v) { this.markSuffix = v; return this; }
        public Builder docNumber(String v) { this.docNumber = v; return this; }
        public Builder signers(String... v) { return signers(List.of(v)); }
        public Builder signers(List<String> v) { this.signers = new ArrayList<>(v); return this; }
        public Builder title(String v) { this.title = v; return this; }
        public Builder addressees(String v) { this.addressees = v; return this; }
        public Builder attachmentNotes(String... v) { return attachmentNotes(List.of(v)); }
        public Builder attachmentNotes(List<String> v) { this.attachmentNotes = new ArrayList<>(v); return this; }
        public Builder signatures(String... v) { return signatures(List.of(v)); }
        public Builder signatures(List<String> v) { this.signatures = new ArrayList<>(v); return this; }
        public Builder date(LocalDate v) { this.date = v; return this; }
        public Builder sealed(boolean v) { this.sealed = v; return this; }
        public Builder note(String v) { this.note = v; return this; }
        public Builder copyTo(String... v) { return copyTo(List.of(v)); }
        public Builder copyTo(List<String> v) { this.copyTo = new ArrayList<>(v); return this; }
        public Builder printer(String v) { this.printer = v; return this; }
        public Builder printDate(LocalDate v) { this.printDate = v; return this; }
        public Builder attendance(List<Attendance> v) { this.attendance = new ArrayList<>(v); return this; }
        public Builder attend(String label, String... names) { attendance.add(new Attendance(label, List.of(names))); return this; }

        public Metadata build() {
            return new Metadata(form, copyNumber, secrecy, secrecyTerm, urgency, issuers, markSuffix, docNumber,
                    signers, title, addressees, attachmentNotes, signatures, date, sealed, note, copyTo, printer,
                    printDate, attendance);
        }
    }
}
