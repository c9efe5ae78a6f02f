#!/usr/bin/env python3
# One-off: the unified ideograph each CJK Radicals Supplement character (U+2E80–U+2EFF) is drawn with, for
# src/input/radicals.ts. PDF producers that build a font's ToUnicode map from its cmap map a glyph shared by a
# radical and an ideograph to the radical (⻓ for 长, ⺠ for 民): the fonts say which ideograph each one stands for.
# Taken from glyph sharing in Noto Sans CJK (SC first, then TC, HK, JP, KR). Kangxi radicals (U+2F00–U+2FDF) need
# no table: NFKC maps them. Needs fontTools (Debian: apt-get install python3-fonttools fonts-noto-cjk).
from fontTools.ttLib import TTCollection

ttc = TTCollection('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')
result = {}
for index in (2, 3, 4, 0, 1):  # SC, TC, HK, JP, KR in NotoSansCJK-Regular.ttc
    cmap = ttc.fonts[index].getBestCmap()
    by_glyph = {}
    for cp, glyph in cmap.items():
        by_glyph.setdefault(glyph, []).append(cp)
    for cp in range(0x2E80, 0x2F00):
        if cp in result or cp not in cmap:
            continue
        same = [c for c in by_glyph[cmap[cp]] if 0x4E00 <= c <= 0x9FFF or 0x3400 <= c <= 0x4DBF]
        if same:
            result[cp] = min(same)
print(''.join(chr(cp) + chr(result[cp]) for cp in sorted(result)))
