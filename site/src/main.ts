/**
 * The playground: paste a notice or drop a file, and see what gongwen reads in it. Everything runs in the page,
 * on the library's browser build; readers, opencc, the jieba dictionary and the XLSX writer load on first use.
 */
import { DEFAULT_SEGMENTER, EXPORT_EXTENSIONS, loadSegmenter, parseAsync, readAndParse, render } from 'gongwen'
import { byId } from './dom.js'
import { WORDS, type Lang, type Words } from './i18n.js'
import { buildModel, type Model } from './model.js'
import { renderPanels } from './panels.js'
import { renderSource } from './source.js'
import './styles.css'

/** What the page offers the console (and the browser tests): the asynchronous entry points it uses itself. */
const api = { parseAsync, readAndParse, render, loadSegmenter, DEFAULT_SEGMENTER }

declare global {
  interface Window {
    gongwen: typeof api
  }
}
window.gongwen = api

const params = new URLSearchParams(location.search)
let lang: Lang = params.get('lang') === 'en' ? 'en' : 'zh'
let words: Words = WORDS[lang]
let current: Model | null = null
/** The status line, in the words of whichever language the page is in. */
let lastStatus: { say: (w: Words) => string; error: boolean } | null = null
/** The input of the last parse: a pasted text, or a file's name and bytes. */
let lastInput: { name: string; data: string | Uint8Array } | null = null

/** Put the page's words in place (static texts carry `data-i18n`). */
function applyWords(): void {
  words = WORDS[lang]
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
  document.title = words.title
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const value = words[el.dataset.i18n as keyof Words]
    if (typeof value === 'string') el.textContent = value
  }
  const button = byId('lang')
  button.textContent = words.switchTo
  button.setAttribute('aria-label', words.switchLabel)
  button.setAttribute('lang', lang === 'zh' ? 'en' : 'zh-CN')
  byId<HTMLTextAreaElement>('text').placeholder = words.pastePlaceholder
  if (current) show(current)
  if (lastStatus) status(lastStatus.say, lastStatus.error)
}

function status(say: (w: Words) => string, error = false): void {
  lastStatus = { say, error }
  const el = byId('status')
  el.textContent = say(words)
  el.classList.toggle('error', error)
}

function show(model: Model): void {
  renderPanels(model, words)
  renderSource(model, words)
  byId('summary').hidden = false
  byId('results').hidden = false
}

/** Read and parse an input, and show it. */
async function run(name: string, data: string | Uint8Array): Promise<void> {
  lastInput = { name, data }
  status((w) => w.working)
  const segmenter = byId<HTMLInputElement>('segmenter').checked ? DEFAULT_SEGMENTER : 'none'
  try {
    const started = performance.now()
    const { notice, document: doc } = await readAndParse(data, { name, segmenter })
    const ms = performance.now() - started
    current = buildModel(name, notice, doc, ms)
    show(current)
    status((w) => w.parsed(ms.toFixed(1), name))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    status((w) => w.failed(reason), true)
  }
}

/** Parse a file the user chose or dropped. */
async function runFile(file: File): Promise<void> {
  await run(file.name, new Uint8Array(await file.arrayBuffer()))
}

async function loadSample(): Promise<void> {
  const { default: seed } = await import('../../seeds/liaocheng-2023-key-tasks.txt?raw')
  byId<HTMLTextAreaElement>('text').value = seed
  await run('liaocheng-2023-key-tasks.txt', seed)
}

/** Offer bytes or text as a file to save. */
function save(name: string, data: string | Uint8Array, type: string): void {
  const blob = new Blob([data as BlobPart], { type })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

const TYPES = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  md: 'text/markdown;charset=utf-8',
} as const

async function download(format: keyof typeof TYPES, button: HTMLButtonElement): Promise<void> {
  if (!current) return
  const label = button.textContent
  button.disabled = true
  button.textContent = words.preparing
  try {
    // The same output as `gongwen FILE --format F` (JSON indented, as `--pretty`).
    const data = await render(current.notice, { format, pretty: true })
    const base = current.name.replace(/\.[^.]*$/, '') || 'notice'
    save(`${base}${EXPORT_EXTENSIONS[format]}`, data, TYPES[format])
  } finally {
    button.disabled = false
    button.textContent = label
  }
}

function wire(): void {
  byId('lang').addEventListener('click', () => {
    lang = lang === 'zh' ? 'en' : 'zh'
    applyWords()
  })
  byId<HTMLFormElement>('form').addEventListener('submit', (event) => {
    event.preventDefault()
    const text = byId<HTMLTextAreaElement>('text').value
    const file = byId<HTMLInputElement>('file').files?.[0]
    if (text.trim()) void run(words.pastedName, text)
    else if (file) void runFile(file)
    else status((w) => w.emptyInput, true)
  })
  byId<HTMLInputElement>('file').addEventListener('change', (event) => {
    const file = (event.target as HTMLInputElement).files?.[0]
    if (file) void runFile(file)
  })
  byId('sample').addEventListener('click', () => void loadSample())
  byId('segmenter').addEventListener('change', () => {
    if (lastInput) void run(lastInput.name, lastInput.data)
  })
  // A file dropped anywhere on the page is read; the drop zone shows where.
  const drop = byId('drop')
  document.addEventListener('dragover', (event) => {
    event.preventDefault()
    drop.classList.add('over')
  })
  document.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) drop.classList.remove('over')
  })
  document.addEventListener('drop', (event) => {
    event.preventDefault()
    drop.classList.remove('over')
    const file = event.dataTransfer?.files[0]
    if (file) void runFile(file)
  })
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-download]')) {
    button.addEventListener('click', () => void download(button.dataset.download as keyof typeof TYPES, button))
  }
}

applyWords()
wire()
if (params.get('sample') === 'seed') void loadSample()
