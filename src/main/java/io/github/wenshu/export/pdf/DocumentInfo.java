package io.github.wenshu.export.pdf;

import io.github.wenshu.model.Metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * The document information dictionary of a report: title, author (the issuer: first of the issuers or
 * of the signatures), subject (the document number, else the title) and keywords.
 *
 * <pre>{@code
 * DocumentInfo info = DocumentInfo.of(report.metadata());
 * }</pre>
 */
record DocumentInfo(String title, String author, String subject, String keywords) {

    static DocumentInfo of(Metadata m) {
        String title = m.title() == null ? null : String.join("", m.titleLines()).strip();
        String author = !m.issuers().isEmpty() ? m.issuers().get(0)
                : !m.signatures().isEmpty() ? m.signatures().get(0) : null;
        String subject = m.docNumber() != null ? m.docNumber() : title;
        List<String> words = new ArrayList<>();
        if (author != null) {
            words.add(author);
        }
        if (m.docNumber() != null) {
            words.add(m.docNumber());
        }
        words.add("公文");
        return new DocumentInfo(title, author, subject, String.join("; ", words));
    }
}
