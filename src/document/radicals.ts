/**
 * CJK radicals that PDF and OFD producers put in text for ideographs (⻓ for 长, ⺠ for 民, ⼀ for 一): a font draws both
 * with one glyph, and a ToUnicode map built from the font's cmap picks the radical. Readers see the ideograph.
 * The CJK Radicals Supplement table comes from glyph sharing in Noto Sans CJK (scripts/cjk-radicals.py); Kangxi
 * radicals and CJK compatibility ideographs are mapped by NFKC.
 */

/** Radical, then the ideograph it stands for, for each CJK Radicals Supplement character that has one. */
const SUPPLEMENT_PAIRS = '⺂乛⺃乚⺅亻⺉刂⺋㔾⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺫罒⺭礻⺯糹⺰纟⺱罓⺲罒⺳㓁⺹耂⺺肀⺾艹⺿艹⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻍辶⻎辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟'

const SUPPLEMENT = new Map<string, string>()
for (let i = 0; i + 1 < SUPPLEMENT_PAIRS.length; i += 2) SUPPLEMENT.set(SUPPLEMENT_PAIRS[i] as string, SUPPLEMENT_PAIRS[i + 1] as string)

/** Radicals and compatibility ideographs that stand for unified ideographs. */
export const LOOKALIKE_IDEOGRAPHS = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/g

/**
 * The unified ideograph a radical or compatibility ideograph stands for (itself when none).
 * @param ch one character matched by LOOKALIKE_IDEOGRAPHS
 */
export const unify = (ch: string): string => SUPPLEMENT.get(ch) ?? ch.normalize('NFKC')
