package io.github.wenshu.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A whole document: its official parts, its body blocks and its attachments. Immutable.
 *
 * <pre>{@code
 * Report report = Report.builder()
 *     .metadata(Metadata.builder().title("2024年法治政府建设年度报告").build())
 *     .add(Heading.of(1, "一、", "主要举措和成效"))
 *     .add(Paragraph.of("全年共办理法律援助案件13087宗。"))
 *     .build();
 * }</pre>
 */
public record Report(Metadata metadata, List<Block> body, List<Attachment> attachments) {

    public Report {
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        body = List.copyOf(Objects.requireNonNull(body, "body"));
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Report} block by block. */
    public static final class Builder {
        private Metadata metadata = Metadata.EMPTY;
        private final List<Block> body = new ArrayList<>();
        private final List<Attachment> attachments = new ArrayList<>();

        public Builder metadata(Metadata metadata) {
            this.metadata = metadata;
            return this;
        }

        public Builder add(Block block) {
            body.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        public Builder addAll(List<? extends Block> blocks) {
            blocks.forEach(this::add);
            return this;
        }

        public Builder attach(Attachment attachment) {
            attachments.add(Objects.requireNonNull(attachment, "attachment"));
            return this;
        }

        public Report build() {
            return new Report(metadata, body, attachments);
        }
    }
}
