/**
 * The language of the command's messages: `--lang zh|en`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`): Chinese
 * for a `zh` locale, English otherwise. The messages are written in English; this module words the lines of standard
 * error in Chinese (one-line errors, warnings, summaries), and `check/messages-zh.ts` the findings.
 */

/** A language of messages. */
export type Lang = 'zh' | 'en'

/** The languages `--lang` takes. */
export const LANGS: readonly Lang[] = ['zh', 'en']

/**
 * The language of the environment's locale.
 * @param env the environment
 * @returns `zh` for a Chinese locale, else `en`
 */
export function langOfEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return /^zh/i.test(locale) ? 'zh' : 'en'
}

/** Reasons of system errors of writing and reading, in Chinese. */
const SYSTEM_REASONS: Readonly<Record<string, string>> = {
  'no space left on device': '磁盘空间不足',
  'disk quota exceeded': '超出磁盘配额',
  'no such directory': '目录不存在',
  'a part of the path is not a directory': '路径中有一部分不是目录',
  'is a directory': '是一个目录',
  'permission denied': '没有权限',
  'operation not permitted': '不允许此操作',
  'read-only file system': '只读文件系统',
  'exists already': '已存在',
  'input/output error': '输入输出错误',
}

/** One line form: the English text after `gongwen: ` (or a part of it), and its Chinese wording. */
type LineForm = readonly [en: RegExp, zh: (...parts: string[]) => string]

/** The line forms of the command, the file name first where a line names one. */
const LINES: readonly LineForm[] = [
  [/^(.+): no such file$/, (f) => `${f}：文件不存在`],
  [/^(.+): is a directory; give the notice files in it$/, (f) => `${f}：是一个目录，请给出其中的通知文件`],
  [/^(.+): is a directory with no notice files \((.+)\)$/, (f, x) => `${f}：目录中没有通知文件（${x}）`],
  [/^(.+): no file matches$/, (f) => `${f}：没有匹配的文件`],
  [/^(.+): skipped, a symbolic link to nothing$/, (f) => `${f}：已跳过，符号链接指向不存在的文件`],
  [/^(.+): skipped, a symbolic link that leads in a loop$/, (f) => `${f}：已跳过，符号链接循环`],
  [/^(.+): skipped, the directory cannot be read \((.+)\)$/, (f, c) => `${f}：已跳过，目录无法读取（${c}）`],
  [/^(.+): the file is empty$/, (f) => `${f}：文件为空`],
  [/^(.+): the input is empty$/, (f) => `${f}：输入为空`],
  [/^-: standard input is empty$/, () => '-：标准输入为空'],
  [/^(.+): the Word document has no text$/, (f) => `${f}：Word 文档中没有文字`],
  [/^(.+): looks like binary data, not a text notice$/, (f) => `${f}：像是二进制数据，不是文本通知`],
  [/^(.+): not valid UTF-8, UTF-16, GB18030\/GBK or Big5 text; convert it to UTF-8 first$/, (f) => `${f}：不是有效的 UTF-8、UTF-16、GB18030/GBK 或 Big5 文本，请先转换为 UTF-8`],
  [/^(.+): (\d+) bytes is more than the limit of (\d+) \(--max-bytes\)$/, (f, n, m) => `${f}：${n} 字节，超过上限 ${m}（--max-bytes）`],
  [/^(.+): input is larger than the limit of (\d+) bytes \(--max-bytes\)$/, (f, m) => `${f}：输入超过上限 ${m} 字节（--max-bytes）`],
  [/^(.+): cannot be read \((.+)\)$/, (f, c) => `${f}：无法读取（${c}）`],
  [/^(.+): cannot be written \((\w+): (.+)\)$/, (f, c, r) => `${f}：无法写入（${c}：${SYSTEM_REASONS[r as string] ?? r}）`],
  [/^(.+): cannot be written \((\w+)\)$/, (f, c) => `${f}：无法写入（${c}）`],
  [/^(.+): no text layer: this PDF is scanned images; OCR it first$/, (f) => `${f}：没有文字层：此 PDF 是扫描图像，请先进行文字识别（OCR）`],
  [/^(.+): this PDF is encrypted \(it needs a password\): save an unprotected copy first$/, (f) => `${f}：此 PDF 已加密（需要密码），请先另存一份未加密的副本`],
  [/^(.+): not a readable PDF file \(damaged or cut short\)$/, (f) => `${f}：不是可读的 PDF 文件（已损坏或不完整）`],
  [/^(.+): no text in this OFD file: its pages are images; OCR it first$/, (f) => `${f}：此 OFD 文件没有文字，页面为图像，请先进行文字识别（OCR）`],
  [/^(.+): reading Word \.docx needs the package mammoth, which is not installed: npm install mammoth$/, (f) => `${f}：读取 Word .docx 需要 mammoth 包，尚未安装：npm install mammoth`],
  [/^(.+): this is an old binary Word \.doc file: save it as \.docx or plain text first$/, (f) => `${f}：这是旧版二进制 Word .doc 文件，请先另存为 .docx 或纯文本`],
  [/^(.+): this is a (PNG|JPEG|GIF) image: run OCR on it first$/, (f, k) => `${f}：这是 ${k} 图片，请先进行文字识别（OCR）`],
  [/^(.+): expands to more than (\d+) bytes \(a zip bomb\?\); raise --max-bytes if it is a real document$/, (f, n) => `${f}：解压后超过 ${n} 字节（疑似压缩炸弹）；若是真实文件，请调高 --max-bytes`],
  [/^warning: (.+: )?no chapters or tasks found: .*$/, (f) => `警告：${f ?? ''}未找到章节或任务：文中没有编号（一、 1. （一）…），也没有责任分工`],
  [/^warning: (.+)$/, (w) => `警告：${w}`],
  [/^internal error: (.+)$/, (m) => `内部错误：${m}`],
  [
    /^(\d+) files? in ([\d.]+) s \(([\d.]+)\/s, (\d+) (thread|threads|processes)\): (\d+) parsed, (\d+) failed(?:, written under (.+))?$/,
    (n, s, r, w, k, ok, bad, dir) =>
      `${n} 个文件，用时 ${s} 秒（每秒 ${r} 个，${w} 个${k === 'processes' ? '进程' : '线程'}）：解析 ${ok} 个，失败 ${bad} 个${dir ? `，已写入 ${dir}` : ''}`,
  ],
]

/**
 * A line of standard error in a language.
 * @param line the line as the command wrote it (`gongwen: …`, ending in a line break or not)
 * @param lang the language
 * @returns the line, worded in Chinese when a form matches and the language is Chinese
 */
export function wordLine(line: string, lang: Lang): string {
  if (lang === 'en') return line
  if (line === 'Run gongwen --help for usage.\n') return '运行 gongwen --help 查看用法。\n'
  const m = /^(\r?\x1b\[K)?gongwen: (.*?)(\n?)$/s.exec(line)
  if (!m) return line
  const [, clear = '', body = '', end = ''] = m
  for (const [en, zh] of LINES) {
    const found = en.exec(body)
    if (found) return `${clear}gongwen：${zh(...found.slice(1).map((part) => part ?? ''))}${end}`
  }
  return line
}
