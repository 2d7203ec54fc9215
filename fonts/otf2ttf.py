#!/usr/bin/python3
"""Converts a CFF-based OpenType font to TrueType (glyf) outlines, keeping glyph order and metrics.

Usage: otf2ttf.py IN.otf OUT.ttf [FAMILY]
With FAMILY, the font becomes the only (regular) style of a family of that name, whatever its weight: a
document can then name each role's face by family alone.
Cubic curves become quadratic ones within 1 font unit (fontTools cu2qu). The head table's
timestamps are kept, so the output depends only on the input.
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable


def to_quadratic(glyph_set, max_err=1.0):
    result = {}
    for name in glyph_set.keys():
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err, reverse_direction=True))
        result[name] = tt_pen.glyph()
    return result


def otf_to_ttf(font):
    if "CFF " not in font:
        raise SystemExit("not a CFF-based font")
    order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = to_quadratic(font.getGlyphSet())
    del font["CFF "]
    for tag in ("VORG", "vhea", "vmtx"):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\000\001\000\000"


def rename_family(font, family):
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (16, 17, 21, 22):
            name.removeNames(nameID=record.nameID)
    for name_id, value in ((1, family), (2, "Regular"), (4, family)):
        name.removeNames(nameID=name_id)
        name.setName(value, name_id, 3, 1, 0x409)
        name.setName(value, name_id, 1, 0, 0)
    os2 = font["OS/2"]
    os2.fsSelection = (os2.fsSelection & ~0b1100001) | 0b1000000
    font["head"].macStyle &= ~0b11


if __name__ == "__main__":
    source, target = sys.argv[1], sys.argv[2]
    font = TTFont(source, recalcTimestamp=False)
    otf_to_ttf(font)
    if len(sys.argv) > 3:
        rename_family(font, sys.argv[3])
    font.save(target)
