#!/usr/bin/python3
"""Makes wenshu-test-cff.otf: a 1.4 KB CFF-flavoured OpenType font (box glyphs for a few characters) for tests.

Run with Debian's python3-fonttools: /usr/bin/python3 make-test-cff.py wenshu-test-cff.otf
(the head table's timestamps make each run's bytes differ; the glyphs are the same).
"""
import sys
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen

chars = "测试黑体正文报告的ABCabc0123，。一二三"
names = [".notdef", "space"] + ["uni%04X" % ord(c) for c in chars]
fb = FontBuilder(1000, isTTF=False)
fb.setupGlyphOrder(names)
cmap = {32: "space"}
cmap.update({ord(c): "uni%04X" % ord(c) for c in chars})
fb.setupCharacterMap(cmap)


def box(width):
    pen = T2CharStringPen(width, None)
    pen.moveTo((100, -100))
    pen.lineTo((width - 100, -100))
    pen.lineTo((width - 100, 800))
    pen.lineTo((100, 800))
    pen.closePath()
    return pen.getCharString()


charstrings = {n: box(1000) for n in names}
charstrings["space"] = T2CharStringPen(500, None).getCharString()
fb.setupCFF("WenshuTestCff", {"FullName": "Wenshu Test CFF"}, charstrings, {})
fb.setupHorizontalMetrics({n: (500 if n == "space" else 1000, 100) for n in names})
fb.setupHorizontalHeader(ascent=880, descent=-120)
fb.setupNameTable({"familyName": "Wenshu Test CFF", "styleName": "Regular"})
fb.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120, fsType=0)
fb.setupPost()
fb.save(sys.argv[1])
