package io.github.wenshu.export.docx;

import io.github.wenshu.export.ExportOptions;
import io.github.wenshu.export.Warning;
import io.github.wenshu.font.FaceFallbacks;
import io.github.wenshu.style.FontRole;
import io.github.wenshu.style.Style;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one DOCX export: options, grid, faces, fonts used, hyperlink relationships and warnings.
 * Created per call of {@link DocxExporter#export}; never shared between threads.
 */
final class DocxContext {

    final ExportOptions options;
    final Style style;
    final Geometry geometry;
    final Faces faces;
    final FontUsage fonts;
    /** Whether headings are numbered by Word (numbering.xml linked to the heading styles). */
    final boolean wordNumbering;
    /** The pictures of the figures, stored once each. */
    final MediaParts media = new MediaParts();
    private final List<Warning> warnings = new ArrayList<>();
    /** Characters a role's face lacks, drawn by the fallback face; reported after the other warnings. */
    final FaceFallbacks fallbacks = new FaceFallbacks();
    private final Map<String, String> hyperlinks = new LinkedHashMap<>();
    /** {@link Xml#elements()} just after the last landscape section ended; -1 before any did. */
    long landscapeEndedAt = -1;

    DocxContext(ExportOptions options, Faces faces) {
        this.options = options;
        this.style = options.style();
        this.geometry = Geometry.of(style);
        this.faces = faces;
        this.fonts = new FontUsage(faces.embeds());
        this.wordNumbering = NumberingPart.supports(style);
    }

    /** The left margin of an even page in twips: the outside margin when margins are mirrored. */
    int evenPageLeft() {
        return style.mirrorMargins() ? geometry.marginOutside() : geometry.marginInside();
    }

    /** The family of a role, registered in the font table. */
    String family(FontRole role) {
        String family = faces.family(role);
        fonts.declare(family);
        return family;
    }

    /**
     * The width in points a renderer gives {@code text} set in the role's face at {@code size}: the face's
     * advances plus the grid's per-character condensing.
     */
    double setWidth(FontRole role, float size, String text) {
        TitleLines.Advance a = faces.advance(role, size);
        return text.codePoints().mapToDouble(cp -> a.of(cp) + geometry.condense() / 20.0).sum();
    }

    void warn(String code, String location, String message) {
        warnings.add(new Warning(code, location, message));
    }

    List<Warning> warnings() {
        List<Warning> all = new ArrayList<>(warnings);
        all.addAll(fallbacks.warnings());
        return all;
    }

    /** The relationship id of an external hyperlink target; one id per distinct target. */
    String hyperlink(String target) {
        return hyperlinks.computeIfAbsent(LinkTargets.encode(target), t -> "rIdLink" + (hyperlinks.size() + 1));
    }

    /** Hyperlink targets by relationship id, in first-use order. */
    Map<String, String> hyperlinkTargets() {
        Map<String, String> byId = new LinkedHashMap<>();
        hyperlinks.forEach((target, id) -> byId.put(id, target));
        return byId;
    }
}
