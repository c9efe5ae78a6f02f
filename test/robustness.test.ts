/**
 * Bad and hostile input, through the built CLI (as CI and `npx gongwen` run it) and through the API: every input
 * either parses or is refused with exit 2 (or the batch's per-file error) and one line that says what and why; no
 * input crashes the process (exit 3), exhausts its memory or makes it hang; HTML is never executed and nothing is
 * fetched from the network.
 *
 * Note: no test here asserts a time. The hostile inputs are a tenth of the size `npm run bench` times (bench/hostile.mjs
 * measures their cost per byte at full size, where a superlinear scan shows); here they only have to run to their end.
 * A guard kills a run that takes ten minutes, so that a hang fails the test instead of never ending, and a heap
 * limit makes a zip bomb fail fast instead of swapping the machine.
 */
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InputError, parse, parseAsync, parseFile } from '../src/index.js'
import { NoticeSchema } from '../src/tree/schema.js'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'cli.cjs')
const seedPath = join(root, 'seeds', 'liaocheng-2023-key-tasks.txt')
const seed = readFileSync(seedPath, 'utf8')
const tmp = mkdtempSync(join(tmpdir(), 'gongwen-robust-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** How long a run may take before it counts as a hang: a guard, not a time limit (each needs well under a second). */
const HANG_MS = 600_000
/** The heap a hostile input may use: generous for 1 MB, small enough that a bomb fails fast. */
const HEAP_MB = 1024

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  ms: number
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name)
  writeFileSync(path, content)
  return path
}

/**
 * Run the CLI to its end, with the time and heap limits of hostile input. Asynchronous, so that several run at once
 * and the HTTP server of the tests can answer.
 */
function run(args: string[], input?: string | Buffer): Promise<Run> {
  const t0 = performance.now()
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, cli, ...args], {
    cwd: root,
    timeout: HANG_MS,
    env: { ...process.env, GONGWEN_DEBUG: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout.on('data', (d: Buffer) => out.push(d))
  child.stderr.on('data', (d: Buffer) => err.push(d))
  child.stdin.on('error', () => {})
  child.stdin.end(input)
  return new Promise((resolve) =>
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: performance.now() - t0 }),
    ),
  )
}

/** The CLI ran to its end by itself, with a known exit code: no hang, no crash, no internal error. */
function expectFinished(r: Run, allowed: number[]): void {
  if (r.signal === 'SIGTERM') expect.fail(`did not finish within ${HANG_MS / 1000} s (killed)`)
  if (r.signal) expect.fail(`died of ${r.signal}: ${r.stderr.slice(0, 300)}`)
  expect(r.stderr).not.toMatch(/internal error|heap out of memory|Maximum call stack/)
  expect(allowed, `exit ${r.code}: ${r.stderr.slice(0, 300)}`).toContain(r.code)
}

/** Refused: exit 2, nothing on stdout, one line on stderr that starts `gongwen: FILE: ` and says why. */
function expectRefused(r: Run, name: string, reason: RegExp): void {
  expectFinished(r, [2])
  expect(r.stdout).toBe('')
  expect(r.stderr.endsWith('\n')).toBe(true)
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1)
  expect(r.stderr.startsWith(`gongwen: ${name}: `), r.stderr).toBe(true)
  expect(r.stderr).toMatch(reason)
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/)
}

// ---------------------------------------------------------------------------------------------------------------
// Word files made here: a minimal .docx writer, so that a zip bomb is a few hundred kB of test code, not a fixture.

/** A stored zip entry: raw-deflated segments (each repeated) and the sizes to declare. */
interface ZipEntry {
  name: string
  segments: Array<[Buffer, number?]>
  /** Declare this uncompressed size instead of the true one (a lying header). */
  declaredSize?: number | undefined
}

/**
 * A zip archive. Each distinct segment is deflated once with a sync flush and its output repeated, which is a valid
 * raw deflate stream: a 300 MB entry costs a few hundred kB and a few milliseconds.
 */
function zip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    let crc = 0
    let size = 0
    const deflated: Buffer[] = []
    for (const [data, times = 1] of entry.segments) {
      const flushed = zlib.deflateRawSync(data, { finishFlush: zlib.constants.Z_SYNC_FLUSH })
      for (let i = 0; i < times; i++) {
        crc = zlib.crc32(data, crc)
        size += data.length
        deflated.push(flushed)
      }
    }
    deflated.push(zlib.deflateRawSync(Buffer.alloc(0)))
    const body = Buffer.concat(deflated)
    const name = Buffer.from(entry.name)
    const declared = entry.declaredSize ?? size
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc >>> 0, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(declared >>> 0, 22)
    local.writeUInt16LE(name.length, 26)
    const dir = Buffer.alloc(46)
    dir.writeUInt32LE(0x02014b50, 0)
    dir.writeUInt16LE(20, 4)
    dir.writeUInt16LE(20, 6)
    dir.writeUInt16LE(8, 10)
    dir.writeUInt32LE(crc >>> 0, 16)
    dir.writeUInt32LE(body.length, 20)
    dir.writeUInt32LE(declared >>> 0, 24)
    dir.writeUInt16LE(name.length, 28)
    dir.writeUInt32LE(offset, 42)
    parts.push(local, name, body)
    central.push(dir, name)
    offset += 30 + name.length + body.length
  }
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, directory, end])
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`

/**
 * A .docx whose body is `paragraph` repeated `times` times.
 * @param documentRels relationships of the document part (images, links), if any
 */
function docx(paragraph: string, times: number, options: { documentRels?: string; declaredSize?: number } = {}): Buffer {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>`)
  const entries: ZipEntry[] = [
    { name: '[Content_Types].xml', segments: [[Buffer.from(CONTENT_TYPES)]] },
    { name: '_rels/.rels', segments: [[Buffer.from(PACKAGE_RELS)]] },
    {
      name: 'word/document.xml',
      segments: [[head], [Buffer.from(paragraph), times], [Buffer.from('</w:body></w:document>')]],
      declaredSize: options.declaredSize,
    },
  ]
  if (options.documentRels) entries.push({ name: 'word/_rels/document.xml.rels', segments: [[Buffer.from(options.documentRels)]] })
  return zip(entries)
}

const wordParagraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`
/** 1,000 paragraphs of a task, about 100 kB of XML: repeated, a bomb. */
const TASKS = wordParagraph('1.加强创新平台建设。新增省级以上创新平台20家以上。（牵头单位：市科技局）').repeat(1000)
const MB = 1 << 20

// ---------------------------------------------------------------------------------------------------------------

describe('the CLI refuses input it cannot read with exit 2 and one line', () => {
  const overLimit = () => {
    // A sparse file: 50 MB + 1 byte on disk without writing them.
    const path = join(tmp, 'huge.txt')
    const fd = openSync(path, 'w')
    ftruncateSync(fd, 50 * MB + 1)
    closeSync(fd)
    return path
  }
  const cases: Array<[string, () => string, RegExp]> = [
    ['an empty file', () => file('empty.txt', ''), /empty/],
    ['binary data', () => file('binary.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))), /binary/],
    ['bytes that fit no text encoding', () => file('bad.txt', Buffer.from([0xe5, 0x8a, 0xa0, 0xff, 0xfe, 0x80, 0x80, 0xff, 0x41])), /UTF-8/],
    ['an empty directory', () => (mkdirSync(join(tmp, 'empty-dir'), { recursive: true }), join(tmp, 'empty-dir')), /directory/],
    ['a missing file', () => join(tmp, 'missing.txt'), /no such file/],
    ['a file over the default limit of 50 MB', overLimit, /52428800|limit/],
    ['a zip archive that is no Word file', () => file('other.docx', zip([{ name: 'a.txt', segments: [[Buffer.from('一、总体要求')]] }])), /not a Word|zip/],
    ['a Word file with no text', () => file('blank.docx', docx('<w:p/>', 3)), /no text|empty/],
  ]
  for (const command of [[], ['check']]) {
    it.each(cases)(`${command[0] ?? 'parse'}: %s`, async (_what, make, reason) => {
      const path = make()
      expectRefused(await run([...command, path]), path, reason)
    })
  }

  it('refuses a file over --max-bytes, for parse and check', async () => {
    expectRefused(await run([seedPath, '--max-bytes', '1000']), seedPath, /limit|larger/)
    expectRefused(await run(['check', seedPath, '--max-bytes', '1000']), seedPath, /limit|larger/)
  })

  it('refuses empty standard input', async () => {
    expectRefused(await run(['-'], ''), '-', /empty/)
  })
})

describe.concurrent('the CLI survives hostile input', () => {
  it('refuses a .docx zip bomb (190 kB that expands to 60 MB of XML) with one line, without exhausting memory', async () => {
    const path = file('bomb.docx', docx(TASKS, 600))
    expect(readFileSync(path).length).toBeLessThan(MB)
    expectRefused(await run([path]), path, /expand|large|limit/)
  })

  it('refuses a .docx zip bomb whose zip directory understates the size', async () => {
    const path = file('liar.docx', docx(TASKS, 600, { declaredSize: 10_000 }))
    expectRefused(await run([path]), path, /./)
  })

  it('refuses a .docx that expands beyond --max-bytes', async () => {
    const path = file('tasks.docx', docx(TASKS, 20))
    expectRefused(await run([path, '--max-bytes', String(MB)]), path, /expand|large|limit/)
  })

  it('reports a zip bomb in a batch as that file\u2019s error and parses the other files, exit 2', async () => {
    const dir = join(tmp, 'batch')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'a.txt'), seed)
    writeFileSync(join(dir, 'b.docx'), docx(TASKS, 600))
    const r = await run([dir, '--format', 'jsonl', '--no-progress', '--jobs', '1'])
    expectFinished(r, [2])
    expect(r.stdout.trim().split('\n')).toHaveLength(1)
    const lines = r.stderr.trim().split('\n')
    expect(lines[0]).toMatch(/b\.docx: .*(expand|large|limit)/)
    expect(lines[0]).not.toMatch(/internal error|memory/)
  })

  it('stops reading standard input at --max-bytes instead of reading an endless stream', async () => {
    const child = spawn(process.execPath, [cli, '-', '--max-bytes', '100000'], { stdio: ['pipe', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.stdin.on('error', () => {})
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    // Write up to 32 MB, a chunk at a time, while the process runs: it should stop reading after 100 kB.
    const chunk = Buffer.alloc(64 * 1024, 0x41)
    let written = 0
    let done = false
    void exited.then(() => (done = true))
    while (!done && written < 32 * MB) {
      // Note: a stream already closed emits no more 'close': the process's exit ends the wait too.
      if (child.stdin.destroyed) break
      if (!child.stdin.write(chunk)) await Promise.race([new Promise((resolve) => child.stdin.once('drain', resolve).once('close', resolve)), exited])
      written += chunk.length
    }
    // The process stopped reading (and closed its end of the pipe) long before the 32 MB were written.
    const stoppedByItself = done || written < 32 * MB
    child.stdin.end()
    const code = await exited
    expect(stoppedByItself, `read all ${written} bytes written before refusing`).toBe(true)
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  }, HANG_MS)

  it('reads a notice from a pipe given as a file (gongwen <(curl …))', async () => {
    if (process.platform === 'win32') return
    const fifo = join(tmp, 'fifo')
    spawnSync('mkfifo', [fifo])
    const child = spawn(process.execPath, [cli, fifo], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    // Open the pipe for writing without blocking the test when nobody reads it.
    const writer = spawn('sh', ['-c', `cat > "${fifo}"`], { stdio: ['pipe', 'ignore', 'ignore'] })
    writer.stdin.on('error', () => {})
    writer.stdin.end(seed)
    const code = await exited
    writer.kill()
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(JSON.parse(stdout).docNumber.text).toBe('聊政办字〔2023〕3号')
  }, HANG_MS)

  // Inputs made to hit the worst case of a scan; each must end by itself, exit 0 (parsed) or 2.
  /** The size of the hostile inputs here: a tenth of what the bench times. */
  const HOSTILE = 100_000
  const hostile: Array<[string, string, () => string]> = [
    ['a Markdown table rule followed by 100 kB of spaces', 'rule.txt', () => '|---|---' + ' '.repeat(HOSTILE) + 'x'],
    ['a line 附件 with 100 kB of spaces', 'attachment.txt', () => '一、总体要求\n附件' + ' '.repeat(HOSTILE) + 'x'],
    ['100 kB of targets in one clause', 'targets.txt', () => '新增高新技术企业100家以上、'.repeat(HOSTILE / 39)],
    ['30,000 separators between a verb and its target', 'separators.txt', () => '1.新增' + '、'.repeat(30_000) + '企业100家。'],
    ['30,000 framing words before a target', 'framing.txt', () => '1.' + '并'.repeat(30_000) + '新增企业100家。'],
    ['HTML tables nested 600 deep (6 kB)', 'tables.html', () => '<table><tr><td>'.repeat(600)],
    ['HTML divisions nested 5,000 deep', 'divs.html', () => '<div>'.repeat(5000) + '一、总体要求'],
    ['Markdown quotes nested 6,000 deep (6 kB)', 'quotes.md', () => '# 一、总体要求\n' + '>'.repeat(6000)],
    ['Markdown quotes nested 60,000 deep', 'deep-quotes.md', () => '# 一、总体要求\n' + '>'.repeat(60_000)],
    ['one 1 MB line', 'line.txt', () => seed.replace(/\s+/g, '').repeat(18)],
  ]
  describe('parse', () => {
    it.each(hostile)('%s', async (_what, name, make) => {
      const path = file(name, make())
      const r = await run([path])
      expectFinished(r, [0, 2])
      if (r.code === 0) NoticeSchema.parse(JSON.parse(r.stdout))
    })
  })

  it('checks 10,000 chapter headings (gongwen check)', async () => {
    const path = file('chapters.txt', Array.from({ length: 10_000 }, () => '一、深入实施创新驱动发展战略').join('\n'))
    expectFinished(await run(['check', path, '--reporter', 'json']), [0, 1])
  })
})

describe('HTML is read, never run', () => {
  let server: Server
  let requests: string[] = []
  let base = ''
  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '')
      res.end('一、被抓取的内容')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('runs no script and fetches nothing that a page links, embeds or redirects to', async () => {
    requests = []
    const marker = join(tmp, 'script-ran')
    const page = `<!doctype html><html><head>
<meta http-equiv="refresh" content="0; url=${base}/refresh">
<base href="${base}/base/">
<link rel="stylesheet" href="${base}/style.css"><link rel="import" href="${base}/import">
<script src="${base}/script.js"></script>
<script>require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); process.exit(7)</script>
<style>@import url("${base}/import.css"); body { background: url(${base}/bg.png) }</style>
</head><body onload="process.exit(8)">
<p>一、总体要求</p><p>1.加强创新平台建设。（牵头单位：市科技局）</p>
<img src="${base}/img.png" srcset="${base}/img2.png 2x"><iframe src="${base}/frame"></iframe>
<object data="${base}/object"></object><embed src="${base}/embed"><video src="${base}/video" poster="${base}/poster"></video>
<svg><script>process.exit(9)</script><image href="${base}/svg.png"/></svg>
<a href="javascript:process.exit(10)">链接</a><form action="${base}/form"><input type="image" src="${base}/input.png"></form>
</body></html>`
    const path = file('page.html', page)
    // Asynchronously, so that the server of this process can answer if anything asks it.
    const child = spawn(process.execPath, [cli, path], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(code).toBe(0)
    expect(requests).toEqual([])
    expect(existsSync(marker)).toBe(false)
    const notice = NoticeSchema.parse(JSON.parse(stdout))
    expect(notice.chapters[0]?.title).toBe('总体要求')
    expect(stdout).not.toMatch(/writeFileSync|process\.exit|被抓取/)
  })

  it('fetches no image or link of a Word file', async () => {
    requests = []
    const rels =
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId7" Type="${R}/image" Target="${base}/image.png" TargetMode="External"/>` +
      `<Relationship Id="rId8" Type="${R}/hyperlink" Target="${base}/link" TargetMode="External"/></Relationships>`
    const image =
      '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
      '<a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:link="rId7"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
    const path = file('links.docx', docx(wordParagraph('一、总体要求') + image + `<w:p><w:hyperlink r:id="rId8"><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>`, 1, { documentRels: rels }))
    const child = spawn(process.execPath, [cli, path], { stdio: ['ignore', 'pipe', 'pipe'] })
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(code).toBe(0)
    expect(requests).toEqual([])
  })
})

describe('the API refuses bad input with an InputError', () => {
  const refuses = async (promise: Promise<unknown>, code: string) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).code).toBe(code)
    expect((error as Error).message).not.toMatch(/\n/)
  }

  it('for files: missing, a directory, empty, too large', async () => {
    await refuses(parseFile(join(tmp, 'nope.txt')), 'not-found')
    await refuses(parseFile(tmp), 'directory')
    await refuses(parseFile(file('empty2.txt', '')), 'empty')
    await refuses(parseFile(seedPath, { maxBytes: 1000 }), 'too-large')
  })

  it('for bytes: binary, no text encoding, a zip that is no Word file', async () => {
    await refuses(parseAsync(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0])), 'binary')
    await refuses(parseAsync(new Uint8Array([0xff, 0xff, 0x80, 0x80, 0xff])), 'decode')
    await refuses(parseAsync(zip([{ name: 'a.txt', segments: [[Buffer.from('x')]] }])), 'unsupported-format')
  })

  it('for a .docx that expands beyond maxBytes (1 MB of XML in 10 kB)', async () => {
    const path = file('api-bomb.docx', docx(TASKS, 10))
    await refuses(parseFile(path, { maxBytes: 200_000 }), 'too-large')
  })

  it('reads a UTF-8 text cut inside its last character as UTF-8, not as GB18030', () => {
    // `\n聊` cut after the second byte of 聊 (E8 81 8A): strict UTF-8 fails, and E8 81 happens to be GB18030 (鑱).
    const cut = Buffer.from('\n聊城市人民政府', 'utf8').subarray(0, 3)
    let encoding: string | null = null
    try {
      encoding = parse(cut).source.encoding
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
    }
    expect(encoding).not.toBe('gb18030')
  })

  it('parses deeply nested markup without overflowing the stack', () => {
    expect(() => parse('<table><tr><td>'.repeat(600), { format: 'html' })).not.toThrow(RangeError)
    expect(() => parse('# 一、总体要求\n' + '>'.repeat(6000), { format: 'markdown' })).not.toThrow(RangeError)
  })
})
