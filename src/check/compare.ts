/**
 * Names in the form check rules compare them in: widths, dashes and quotes folded, spaces and title marks dropped,
 * so that `《行动计划（2021—2023年）》` and the heading `行动计划(2021-2023年)` are the same name.
 */

/** Characters that compare equal in other forms: widths, dashes, quotes. */
const EQUIVALENT: Readonly<Record<string, string>> = {
  '（': '(', '）': ')', '—': '-', '–': '-', '－': '-', '─': '-', '～': '~', '：': ':', '“': '"', '”': '"', '，': ',',
}

/** Characters that do not count at all: spaces and title marks. */
const IGNORED = /[\s\u3000《》〈〉]/

/** A text in compared form, and the index in the original of each character. */
export interface Compared {
  text: string
  index: number[]
}

/**
 * A text in the form it is compared in.
 * @param text a title or heading
 * @returns the compared form with a map back into the text
 */
export function compared(text: string): Compared {
  let out = ''
  const index: number[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (IGNORED.test(ch)) continue
    out += EQUIVALENT[ch] ?? ch
    index.push(i)
  }
  return { text: out, index }
}
