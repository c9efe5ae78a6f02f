/**
 * The playground in a real browser (Debian's Chromium through playwright-core): run by .ci/run after `npm test`,
 * on site/dist/ as `npm run site` builds it. `node --test test/browser/`
 *
 * - every fixture, read by the library's browser build inside the page, gives its expected.json;
 * - `index.html?sample=seed` and the pasted seed show 11 chapters and 106 tasks;
 * - a target's tooltip (hover and keyboard focus) gives its metric, value, unit, comparator;
 * - a ledger row scrolls the text to its task; the CSV download is `gongwen --format csv` of the same file;
 * - a dropped .docx and a dropped PDF are read; the English switch changes the page;
 * and screenshots go to test-results/.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { CHROMIUM, CHROMIUM_ARGS, serve } from './serve.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const site = join(root, 'site', 'dist')
const results = join(root, 'test-results')
const seedPath = join(root, 'seeds', 'liaocheng-2023-key-tasks.txt')
mkdirSync(results, { recursive: true })

if (!existsSync(join(site, 'index.html'))) throw new Error('site/dist/ is missing: run `npm run site` first')

let server
let browser
let page

before(async () => {
  server = await serve(site)
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true })
  page = await context.newPage()
  page.on('pageerror', (error) => console.error('page error:', error.message))
})

after(async () => {
  await browser?.close()
  await server?.close()
})

/** The counts the page shows. */
async function counts() {
  const text = (id) => page.locator(`[data-testid="${id}"]`).textContent()
  return { chapters: Number(await text('chapter-count')), tasks: Number(await text('task-count')), targets: Number(await text('target-count')) }
}

describe('the library inside the page', () => {
  it('reads every fixture as expected.json says', async () => {
    await page.goto(server.url)
    const differ = []
    for (const name of readdirSync(join(root, 'fixtures')).sort()) {
      const dir = join(root, 'fixtures', name)
      const input = readdirSync(dir).find((f) => f.startsWith('input.'))
      if (!input) continue
      const base64 = readFileSync(join(dir, input)).toString('base64')
      const json = await page.evaluate(
        async ({ base64, input }) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
          return JSON.stringify(await window.gongwen.parseAsync(bytes, { name: input }))
        },
        { base64, input },
      )
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'))
      try {
        assert.deepStrictEqual(JSON.parse(json), expected)
      } catch {
        differ.push(name)
      }
    }
    assert.deepStrictEqual(differ, [])
  })
})

describe('the playground', () => {
  it('opens the bundled seed with ?sample=seed: 11 chapters, 106 tasks', async () => {
    await page.goto(`${server.url}index.html?sample=seed`)
    await page.locator('[data-testid="task-count"]').filter({ hasText: /\d/ }).waitFor()
    assert.deepStrictEqual(await counts(), { chapters: 11, tasks: 106, targets: 110 })
    assert.match(await page.locator('#doc-title').textContent(), /聊政办字〔2023〕3号/)
    await page.screenshot({ path: join(results, 'playground-seed.png') })
    await page.screenshot({ path: join(results, 'playground-seed-full.png'), fullPage: true })
    // The overview (docs/playground.png is a copy): counts, outline and the marked text, a target's tooltip open.
    await page.setViewportSize({ width: 1440, height: 1500 })
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.locator('mark[data-target]').first().dispatchEvent('mouseover')
    await page.getByRole('tooltip').waitFor({ state: 'visible' })
    await page.screenshot({ path: join(results, 'playground-overview.png') })
    await page.mouse.move(0, 0)
    await page.setViewportSize({ width: 1440, height: 1000 })
  })

  it('parses the seed pasted into the text box', async () => {
    await page.goto(server.url)
    await page.getByLabel('粘贴通知全文').fill(readFileSync(seedPath, 'utf8'))
    await page.getByRole('button', { name: '解析', exact: true }).click()
    await page.locator('[data-testid="task-count"]').filter({ hasText: /\d/ }).waitFor()
    assert.deepStrictEqual(await counts(), { chapters: 11, tasks: 106, targets: 110 })
    assert.match(await page.getByRole('status').textContent(), /已解析/)
  })

  it('shows a target\u2019s reading on hover and on keyboard focus', async () => {
    const mark = page.locator('mark[data-target]').first()
    await mark.scrollIntoViewIfNeeded()
    await mark.hover()
    const tooltip = page.getByRole('tooltip')
    await tooltip.waitFor({ state: 'visible' })
    const text = await tooltip.textContent()
    const first = await page.evaluate(async () => {
      const seed = document.querySelector('textarea').value
      const notice = await window.gongwen.parseAsync(seed)
      const all = []
      JSON.stringify(notice, (k, v) => (v && v.type === 'target' ? (all.push(v), v) : v))
      all.sort((a, b) => a.position.start.offset - b.position.start.offset)
      return all[0]
    })
    assert.ok(text.includes(first.metric), `${text} has the metric ${first.metric}`)
    assert.ok(text.includes(String(first.value)), `${text} has the value ${first.value}`)
    assert.ok(text.includes(first.unit), `${text} has the unit ${first.unit}`)
    assert.ok(text.includes(`(${first.comparator})`), `${text} has the comparator ${first.comparator}`)
    assert.equal(await mark.getAttribute('aria-describedby'), 'tooltip')
    await page.screenshot({ path: join(results, 'playground-tooltip.png') })
    await page.mouse.move(0, 0)
    await page.keyboard.press('Escape')
    await mark.focus()
    await tooltip.waitFor({ state: 'visible' })
    assert.ok((await tooltip.textContent()).includes(first.metric))
  })

  it('scrolls the text to a task when its ledger row is chosen', async () => {
    const row = page.locator('#ledger tbody tr').nth(40)
    await row.locator('td').last().click()
    const focused = await page.evaluate(() => document.activeElement?.id)
    assert.equal(focused, 'task-41')
    assert.ok(await page.locator('#task-41').isVisible())
  })

  it('downloads the CSV ledger that `gongwen --format csv` writes', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV 台账' }).click()])
    const csv = readFileSync(await download.path())
    const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.cjs'), seedPath, '--format', 'csv'], { maxBuffer: 1 << 26 })
    assert.equal(cli.status, 0, String(cli.stderr))
    assert.ok(csv.equals(cli.stdout), 'the page\u2019s CSV is byte for byte the CLI\u2019s')
    for (const [label, check] of [
      ['JSON（完整结构）', (b) => JSON.parse(b.toString('utf8')).chapters.length === 11],
      ['XLSX 台账', (b) => b.subarray(0, 2).toString() === 'PK'],
      ['Markdown 报告', (b) => b.toString('utf8').startsWith('#')],
    ]) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()])
      assert.ok(check(readFileSync(await file.path())), label)
    }
  })

  it('reads a dropped .docx', async () => {
    await page.goto(server.url)
    const base64 = readFileSync(join(root, 'fixtures', 'seed-docx', 'input.docx')).toString('base64')
    await page.evaluate((base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const transfer = new DataTransfer()
      transfer.items.add(new File([bytes], 'seed.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }))
      document.querySelector('#drop').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    }, base64)
    await page.locator('[data-testid="task-count"]').filter({ hasText: /\d/ }).waitFor()
    const expected = JSON.parse(readFileSync(join(root, 'fixtures', 'seed-docx', 'expected.json'), 'utf8'))
    assert.equal((await counts()).chapters, expected.chapters.length)
    assert.match(await page.getByRole('status').textContent(), /seed\.docx/)
    await page.screenshot({ path: join(results, 'playground-docx.png') })
  })

  it('reads a dropped PDF: the seed as LibreOffice printed it gives the structure of its text', async () => {
    await page.goto(server.url)
    const base64 = readFileSync(join(root, 'fixtures', 'pdf', 'liaocheng-2023-key-tasks.pdf')).toString('base64')
    await page.evaluate((base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const transfer = new DataTransfer()
      transfer.items.add(new File([bytes], 'seed.pdf', { type: 'application/pdf' }))
      document.querySelector('#drop').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    }, base64)
    await page.locator('[data-testid="task-count"]').filter({ hasText: /\d/ }).waitFor({ timeout: 120_000 })
    assert.match(await page.getByRole('status').textContent(), /seed\.pdf/)
    const shown = await counts()
    assert.equal(shown.chapters, 11)
    assert.equal(shown.tasks, 106)
    await page.screenshot({ path: join(results, 'playground-pdf.png') })
  })

  it('switches to English and back', async () => {
    await page.getByRole('button', { name: 'Switch the page to English' }).click()
    assert.equal(await page.locator('html').getAttribute('lang'), 'en')
    assert.equal(await page.locator('#ledger-heading').textContent(), 'Task ledger')
    await page.screenshot({ path: join(results, 'playground-english.png') })
    await page.getByRole('button', { name: '切换到中文界面' }).click()
    assert.equal(await page.locator('#ledger-heading').textContent(), '任务台账')
  })

  it('can be worked by keyboard: the first stops are the language switch, the text box and the file input', async () => {
    await page.goto(server.url)
    const stops = []
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab')
      stops.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim()))
    }
    assert.deepStrictEqual(stops.slice(1, 4), ['lang', 'text', 'file'])
  })
})
