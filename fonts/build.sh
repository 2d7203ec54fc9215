#!/bin/sh
# Rebuilds the bundled fonts of Wenshu from Debian packages. See README.md for what each file is and why.
# Needs: apt-get (Debian 12 package lists), dpkg-deb, Debian's fonttools (python3-fonttools, pyftsubset).
# Usage: fonts/build.sh [OUTPUT_DIR]    (default: the directory of this script)
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$HERE}
FANDOL_PKG=texlive-lang-chinese=2022.20230122-1
NOTO_PKG=fonts-noto-cjk=1:20220127+repack1-1
PY=/usr/bin/python3

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT" "$WORK/deb" "$WORK/x"

(cd "$WORK/deb" && apt-get download "$FANDOL_PKG" "$NOTO_PKG")
for deb in "$WORK"/deb/*.deb; do dpkg-deb -x "$deb" "$WORK/x"; done
FANDOL=$WORK/x/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol
NOTO=$WORK/x/usr/share/fonts/opentype/noto

# What the fallback and the title face keep: Latin, Greek, Cyrillic, general punctuation and symbols,
# CJK symbols and punctuation, kana, bopomofo, enclosed CJK, CJK Extension A, all Unified Ideographs,
# compatibility ideographs, vertical and compatibility forms, half- and full-width forms. No Hangul.
# The fallback also keeps what the face has of the supplementary ideographs (Extension B and later).
WIDE="U+0020-007E,U+00A0-024F,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,\
U+2070-209F,U+20A0-20CF,U+2100-218F,U+2190-21FF,U+2200-22FF,U+2300-23FF,U+2460-24FF,U+2500-257F,\
U+2580-259F,U+25A0-25FF,U+2600-26FF,U+2700-27BF,U+2E80-2EFF,U+2F00-2FDF,U+3000-303F,U+3040-30FF,\
U+3100-312F,U+31A0-31BF,U+31C0-31EF,U+3200-32FF,U+3300-33FF,U+3400-4DBF,U+4E00-9FFF,U+F900-FAFF,\
U+FE10-FE1F,U+FE30-FE4F,U+FF00-FFEF"

# subset SOURCE TARGET UNICODES FAMILY|"" [extra pyftsubset options]: keep UNICODES, drop layout tables and
# hinting, then convert the CFF outlines to TrueType so that one file serves PDF and DOCX embedding.
subset() {
    src=$1; dst=$2; unicodes=$3; family=$4; shift 4
    pyftsubset "$src" "$@" --unicodes="$unicodes" --layout-features='' --no-hinting \
        --drop-tables+=BASE,GSUB,GPOS,VORG,vhea,vmtx,DSIG --name-IDs='*' --name-languages='*' \
        --notdef-outline --output-file="$WORK/$dst.otf"
    "$PY" "$HERE/otf2ttf.py" "$WORK/$dst.otf" "$OUT/$dst" ${family:+"$family"}
    echo "$dst: $(wc -c < "$OUT/$dst") bytes"
}

# Two at a time: the large Noto faces in the background, the Fandol faces meanwhile.
subset "$NOTO/NotoSerifCJK-Regular.ttc" NotoSerifCJKsc-Regular.ttf "$WIDE,U+20000-3FFFF" '' --font-number=2 &
serif=$!
subset "$FANDOL/FandolFang-Regular.otf" FandolFang-Regular.ttf '*' FandolFang
subset "$FANDOL/FandolKai-Regular.otf"  FandolKai-Regular.ttf  '*' FandolKai
subset "$FANDOL/FandolHei-Regular.otf"  FandolHei-Regular.ttf  '*' FandolHei
subset "$NOTO/NotoSerifCJK-Bold.ttc"    NotoSerifCJKsc-Bold.ttf    "$WIDE" 'Noto Serif CJK SC Bold' --font-number=2
wait "$serif"

zcat "$WORK/x/usr/share/doc/texlive-doc/fonts/fandol/COPYING.gz" > "$OUT/LICENSE-Fandol-GPL-3.txt"
cp "$WORK/x/usr/share/doc/texlive-doc/fonts/fandol/README" "$OUT/README-Fandol.txt"
cat > "$OUT/LICENSE-Fandol-font-exception.txt" <<'TEXT'
FandolFang, FandolHei and FandolKai: Copyright © 2012-2013, the Fandol team (Clerk Ma, Jie Su).
Licensed under the GNU General Public License version 3 (LICENSE-Fandol-GPL-3.txt) with the GPL font exception
("These fonts's licensing is GPL + GPL font exception", README-Fandol.txt). The files bundled with Wenshu are
modified versions (subset, outlines converted to TrueType, family renamed) made by fonts/build.sh; the exception
is extended to them:

As a special exception, if you create a document which uses this font, and embed this font or unaltered
portions of this font into the document, this font does not by itself cause the resulting document to be
covered by the GNU General Public License. This exception does not however invalidate any other reasons why
the document might be covered by the GNU General Public License. If you modify this font, you may extend this
exception to your version of the font, but you are not obligated to do so. If you do not wish to do so, delete
this exception statement from your version.
TEXT
# The licence paragraph of Debian's copyright file: from the blank line before "License: SIL-1.1" that starts a
# paragraph of its own to the next paragraph; its text is indented by one space, with " ." for empty lines.
awk 'BEGIN { RS = ""; FS = "\n" } $1 == "License: SIL-1.1" && NF > 1 { for (i = 2; i <= NF; i++) print $i }' \
    "$WORK/x/usr/share/doc/fonts-noto-cjk/copyright" | sed -e 's/^ //' -e 's/^\.$//' > "$WORK/ofl.txt"
{
    echo "Noto Serif CJK SC (Regular and Bold): © 2017-2022 Adobe (http://www.adobe.com/), licensed under the"
    echo "SIL Open Font License 1.1. The files bundled with Wenshu are Modified Versions (the SC face extracted from"
    echo "the collection, subset, outlines converted to TrueType; the Bold renamed \"Noto Serif CJK SC Bold\") made by"
    echo "fonts/build.sh, and are licensed under the same licence."
    echo
    cat "$WORK/ofl.txt"
} > "$OUT/LICENSE-Noto-OFL-1.1.txt"
