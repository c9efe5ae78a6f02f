/**
 * A progress bar on stderr for batches, drawn only on a terminal (never in pipes or CI), at most a few times a
 * second; messages printed while it shows clear it first.
 */

/** Least time between two redraws. */
const REDRAW_MS = 100
/** Width of the bar in characters. */
const BAR_WIDTH = 30
/** Erase the line the cursor is on. */
const CLEAR_LINE = '\r\x1b[K'

export interface Progress {
  /** Count one file done. */
  tick(failed: boolean): void
  /** Print a line above the bar. */
  message(line: string): void
  /** Remove the bar. */
  done(): void
}

/**
 * A progress bar, or one that only prints messages when `enabled` is false.
 * @param total the number of files
 * @param write where the bar goes (stderr)
 * @param enabled whether to draw it
 * @returns the bar
 */
export function progressBar(total: number, write: (text: string) => void, enabled: boolean): Progress {
  let done = 0
  let failed = 0
  let last = 0
  const started = Date.now()
  const draw = (): void => {
    const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH)
    const seconds = (Date.now() - started) / 1000
    const rate = seconds > 0 ? (done / seconds).toFixed(1) : '0'
    write(`${CLEAR_LINE}[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total}${failed ? ` (${failed} failed)` : ''} ${rate} files/s`)
  }
  return {
    tick(bad) {
      done++
      if (bad) failed++
      const now = Date.now()
      if (enabled && (now - last >= REDRAW_MS || done === total)) {
        last = now
        draw()
      }
    },
    message(line) {
      write((enabled ? CLEAR_LINE : '') + line)
      if (enabled && done > 0) draw()
    },
    done() {
      if (enabled) write(CLEAR_LINE)
    },
  }
}
