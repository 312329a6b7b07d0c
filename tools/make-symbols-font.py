#!/usr/bin/env python3
"""Writes assets/fonts/DHMASymbols-Regular.otf: the symbols of Noto Sans CJK SC (arrows,
mathematical operators, shapes, general punctuation; U+2000-206F and U+2100-27BF) that a
report in a language other than Chinese may need and Noto Sans lacks (today "→" and "←").
Without it such a report embeds, parses and subsets the whole 16 MB CJK font for one
arrow. A Modified Version under the SIL Open Font License 1.1, renamed so that it is not
mistaken for the original (Noto Sans CJK has no Reserved Font Name).

Needs fontTools (`python3 -m pip install fonttools`). Run from the repository's root."""
import subprocess
import sys

from fontTools.ttLib import TTFont

SOURCE = "assets/fonts/NotoSansCJKsc-Regular.otf"
OUT = "assets/fonts/DHMASymbols-Regular.otf"
FAMILY = "DHMA Symbols"
PS_NAME = "DHMASymbols-Regular"

subprocess.run(
    [sys.executable, "-m", "fontTools.subset", SOURCE, "--unicodes=U+2000-206F,U+2100-27BF",
     "--layout-features=*", "--notdef-outline", f"--output-file={OUT}"],
    check=True,
)
font = TTFont(OUT)
for record in font["name"].names:
    if record.nameID in (1, 16):
        record.string = FAMILY
    elif record.nameID in (3, 4):
        record.string = f"{FAMILY} Regular"
    elif record.nameID == 6:
        record.string = PS_NAME
cff = font["CFF "].cff
cff.fontNames = [PS_NAME]
top = cff.topDictIndex[0]
top.FullName = f"{FAMILY} Regular"
top.FamilyName = FAMILY
font.save(OUT)
print(f"{OUT}: {len(font.getBestCmap())} characters")
