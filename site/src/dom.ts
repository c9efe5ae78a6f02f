/**
 * A small element builder: the page builds its DOM with it, never with innerHTML, so that text from a notice is
 * always text.
 */

/** Attributes and properties of an element; `on*` functions become listeners. */
type Props = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>

/**
 * Make an element.
 * @param tag the tag name
 * @param props attributes (`class`, `data-*`, `aria-*` …), boolean attributes, and `onclick`-style listeners
 * @param children text and elements
 * @returns the element
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Array<Node | string | null | undefined | false>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue
    if (typeof value === 'function') el.addEventListener(key.slice(2), value)
    else el.setAttribute(key, value === true ? '' : String(value))
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child)
  return el
}

/**
 * Find an element that the page has.
 * @param id its id
 * @returns the element
 */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id)
  if (!el) throw new Error(`the page has no #${id}`)
  return el as T
}
