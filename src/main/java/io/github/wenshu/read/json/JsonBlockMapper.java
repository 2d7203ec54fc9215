package io.github.wenshu.read.json;

import io.github.wenshu.model.Block;
import io.github.wenshu.model.Figure;
import io.github.wenshu.model.Heading;
import io.github.wenshu.model.ImageSource;
import io.github.wenshu.model.Inline;
import io.github.wenshu.model.InlineStyle;
import io.github.wenshu.model.ListBlock;
import io.github.wenshu.model.PageBreak;
import io.github.wenshu.model.Paragraph;
import io.github.wenshu.read.Images;
import io.github.wenshu.read.ReadOptions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps JSON blocks ({@code {"type": "heading", …}}) and inline text to the model.
 *
 * <pre>{@code
 * List<Block> blocks = new JsonBlockMapper(options).blocks(bodyAt);
 * }</pre>
 */
final class JsonBlockMapper {

    static final Map<String, Set<String>> BLOCK_FIELDS = new LinkedHashMap<>();

    static {
        BLOCK_FIELDS.put("heading", Set.of("type", "level", "number", "text", "runIn"));
        BLOCK_FIELDS.put("paragraph", Set.of("type", "text"));
        BLOCK_FIELDS.put("list", Set.of("type", "ordered", "items"));
        BLOCK_FIELDS.put("table", JsonTableMapper.TABLE_FIELDS);
        BLOCK_FIELDS.put("figure", Set.of("type", "path", "data", "name", "caption", "widthMm"));
        BLOCK_FIELDS.put("pageBreak", Set.of("type"));
    }

    static final Set<String> RUN_FIELDS = new LinkedHashSet<>(List.of("text", "bold", "italic", "underline",
            "superscript", "subscript", "link"));

    private final ReadOptions options;
    private final JsonTableMapper tables = new JsonTableMapper(this);

    JsonBlockMapper(ReadOptions options) {
        this.options = options;
    }

    List<Block> blocks(At array) {
        List<Block> out = new ArrayList<>();
        for (At b : array.items("an array of blocks")) {
            out.add(block(b));
        }
        return out;
    }

    Block block(At b) {
        b.asObject("a block object such as {\"type\": \"paragraph\", \"text\": \"…\"}");
        At typeAt = b.require("type", "a block type: one of " + String.join(", ", BLOCK_FIELDS.keySet()));
        String type = typeAt.choice(BLOCK_FIELDS.keySet(), "block type");
        b.onlyFields(BLOCK_FIELDS.get(type), "a " + type + " block");
        return switch (type) {
            case "heading" -> heading(b);
            case "paragraph" -> new Paragraph(inline(b.require("text", "the paragraph's text")));
            case "list" -> list(b);
            case "table" -> tables.table(b);
            case "figure" -> figure(b);
            default -> PageBreak.INSTANCE;
        };
    }

    private Heading heading(At b) {
        int level = b.require("level", "a heading level from 1 to 4")
                .integer("a heading level from 1 to 4 (1 一、 2 （一） 3 1. 4 （1）)", 1, 4);
        String number = b.optString("number", "the literal number such as \"（三）\" as a string");
        List<Inline> text = inline(b.require("text", "the heading's text"));
        At runIn = b.opt("runIn");
        return new Heading(level, number, text, runIn == null ? List.of() : inline(runIn));
    }

    private ListBlock list(At b) {
        boolean ordered = b.optBool("ordered", false);
        List<ListBlock.ListItem> items = new ArrayList<>();
        for (At item : b.require("items", "an array of list items").items("an array of list items")) {
            items.add(listItem(item));
        }
        return new ListBlock(ordered, items);
    }

    private ListBlock.ListItem listItem(At item) {
        if (item.value() instanceof JsonValue.Obj) {
            item.onlyFields(Set.of("text", "children"), "a list item");
            At children = item.opt("children");
            return new ListBlock.ListItem(inline(item.require("text", "the item's text")),
                    children == null ? List.of() : blocks(children));
        }
        return new ListBlock.ListItem(inline(item), List.of());
    }

    private Figure figure(At b) {
        At path = b.opt("path");
        At data = b.opt("data");
        if ((path == null) == (data == null)) {
            throw b.error("a figure needs exactly one of 'path' (a file relative to the JSON file) or 'data' "
                    + "(base64 image bytes)" + (path != null ? ", not both" : ""));
        }
        String name = b.optString("name", "a name for the image data");
        ImageSource image;
        At source = path != null ? path : data;
        try {
            image = path != null ? Images.file(path.string("a file path"), options)
                    : Images.data(data.string("base64 image data"), name);
        } catch (IllegalArgumentException e) {
            throw source.error("figure: " + e.getMessage());
        }
        if (path != null && name != null) {
            throw b.opt("name").error("'name' is only for 'data' images; a file's name is its path");
        }
        Double width = null;
        At w = b.opt("widthMm");
        if (w != null) {
            width = w.number("a width in millimetres").doubleValue();
            if (!(width > 0)) {
                throw w.expected("a positive width in millimetres");
            }
        }
        return new Figure(image, b.optString("caption", "a caption string"), width);
    }

    /** Inline text: a string, or an array of strings and run objects {"text", "bold", …, "link"}. */
    List<Inline> inline(At a) {
        if (a.value() instanceof JsonValue.Str s) {
            return List.of(Inline.plain(s.value()));
        }
        String what = "text: a string, or an array of strings and runs such as {\"text\": \"…\", \"bold\": true}";
        if (!(a.value() instanceof JsonValue.Arr)) {
            throw a.expected(what);
        }
        List<Inline> runs = new ArrayList<>();
        for (At run : a.items(what)) {
            if (run.value() instanceof JsonValue.Str s) {
                runs.add(Inline.plain(s.value()));
                continue;
            }
            run.asObject("a run: a string or an object such as {\"text\": \"…\", \"bold\": true}");
            run.onlyFields(RUN_FIELDS, "a text run");
            String text = run.require("text", "the run's text").string("a string");
            EnumSet<InlineStyle> styles = EnumSet.noneOf(InlineStyle.class);
            for (InlineStyle st : InlineStyle.values()) {
                if (run.optBool(st.name().toLowerCase(Locale.ROOT), false)) {
                    styles.add(st);
                }
            }
            runs.add(new Inline(text, styles, run.optString("link", "a link target (URI) as a string")));
        }
        return runs;
    }
}
