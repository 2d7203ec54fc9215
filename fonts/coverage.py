#!/usr/bin/python3
"""Prints size and coverage of font files: python3 fonts/coverage.py fonts/*.ttf"""
import os
import sys

from fontTools.ttLib import TTFont


def gb2312_hanzi():
    chars = set()
    for row in range(0xB0, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([row, cell]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return chars


GB = gb2312_hanzi()
print("| file | size | glyphs | code points | GB2312 hanzi (%d) | U+4E00–9FA5 (20902) | Ext A | beyond BMP |" % len(GB))
print("|---|---|---|---|---|---|---|---|")
for path in sys.argv[1:]:
    font = TTFont(path, lazy=True)
    cmap = font.getBestCmap()
    print("| %s | %.1f MB | %d | %d | %d | %d | %d | %d |" % (
        os.path.basename(path), os.path.getsize(path) / 1e6, len(font.getGlyphOrder()), len(cmap),
        len(GB & cmap.keys()), sum(1 for c in cmap if 0x4E00 <= c <= 0x9FA5),
        sum(1 for c in cmap if 0x3400 <= c <= 0x4DBF), sum(1 for c in cmap if c > 0xFFFF)))
