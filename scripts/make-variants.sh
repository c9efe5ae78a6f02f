#!/usr/bin/env bash
# One-off: make the Markdown, Word, GBK and Traditional variants of the seed and of one HTML notice of the eval set,
# for the equivalence fixtures. The generated inputs are committed; run this again only to remake them.
# Needs pandoc and LibreOffice (Debian: apt-get install pandoc libreoffice-writer) and iconv.
set -euo pipefail
cd "$(dirname "$0")/.."
seed=seeds/liaocheng-2023-key-tasks.txt
html_name=gov-guobanfa-2018-126_innovation-reforms-table
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Markdown: the seed as a scraper saves it (title and chapters as headings, paragraphs apart, units in bold);
# the HTML notices through pandoc (GFM tables; pandoc's `**text **` is mended, as it is no emphasis in CommonMark),
# with `一、` chapters made `##` headings as scrapers that keep the outline do.
mkdir -p fixtures/seed-markdown
node scripts/seed-to-markdown.mjs "$seed" > fixtures/seed-markdown/input.md

# Word .docx through LibreOffice headless.
mkdir -p fixtures/seed-docx
cp "$seed" "$tmp/seed.txt"
soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to docx:"MS Word 2007 XML" --outdir "$tmp" "$tmp/seed.txt" >/dev/null
cp "$tmp/seed.docx" fixtures/seed-docx/input.docx

# Traditional Chinese, Taiwan and Hong Kong standards, through opencc-js (Simplified → Traditional, here only).
mkdir -p fixtures/seed-traditional-tw fixtures/seed-traditional-hk
node scripts/to-traditional.mjs tw < "$seed" > fixtures/seed-traditional-tw/input.txt
node scripts/to-traditional.mjs hk < "$seed" > fixtures/seed-traditional-hk/input.txt

# The HTML notices: Markdown, Word, GBK (the seed's GBK copy is fixtures/seed-gbk) and Traditional (Taiwan).
for name in "$html_name" gov-guobanfa-2018-128_zero-waste-city-pilot; do
  mkdir -p fixtures/$name.markdown fixtures/$name.docx fixtures/$name.gbk fixtures/$name.traditional-tw
  src=fixtures/$name/input.html
  pandoc -f html -t gfm-raw_html --wrap=none "$src" | sed -E -e 's/\*\*([^*]*[^ *]) +\*\*/**\1**/g' -e 's/^([一二三四五六七八九十]+、)/## \1/' > fixtures/$name.markdown/input.md
  cp "$src" "$tmp/notice.html"
  soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$tmp" "$tmp/notice.html" >/dev/null
  cp "$tmp/notice.docx" fixtures/$name.docx/input.docx
  iconv -f UTF-8 -t GBK "$src" > fixtures/$name.gbk/input.html
  node scripts/to-traditional.mjs tw < "$src" > fixtures/$name.traditional-tw/input.html
done

# Big5 copies of Traditional (Taiwan) notices, for the decoding tests (not fixtures: they are read by test/decode.test.ts
# and test/equivalence.test.ts). 堃 has no Big5 code (only HKSCS, which WHATWG's Big5 reads as private use): 坤 for it.
sed 's/堃/坤/g' fixtures/seed-traditional-tw/input.txt | iconv -f UTF-8 -t BIG5 > test/data/seed-traditional-tw.big5.txt
{
  printf '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>國務院辦公廳關於印發“無廢城市”建設試點工作方案的通知</title></head>\n<body><table>\n'
  cat fixtures/gov-guobanfa-2018-128_zero-waste-city-pilot.traditional-tw/input.html
  printf '</table></body></html>\n'
} | iconv -f UTF-8 -t BIG5 > test/data/zero-waste-traditional-tw.big5.html
