/**
 * What a jieba binding gives the targets pass, shared by the Node and browser modules that load one
 * (`#jieba` in package.json picks the module of each build).
 */

/** A word and its jieba part-of-speech tag (n, v, m, q, …). */
export interface Token {
  word: string
  tag: string
}

/** A loaded jieba binding. */
export interface Segmenter {
  readonly name: SegmenterName
  /** Cut a text into words with tags; the words, joined, give the text back. */
  tag(text: string): Token[]
}

/**
 * The jieba bindings: `node-rs` (@node-rs/jieba, native: the Node default), `nodejieba` (optional peer, native),
 * `jieba-js` (jieba's tagging in JavaScript over the same dictionary as node-rs: the browser default), `jieba-wasm`
 * (jieba-rs in WebAssembly, with its own full dictionary), or `none` (character rules only).
 */
export type SegmenterName = 'node-rs' | 'nodejieba' | 'jieba-js' | 'jieba-wasm' | 'none'

/** Where the WebAssembly of `jieba-wasm` comes from, when not from beside its module: a URL, or its bytes. */
export type WasmSource = string | URL | Response | ArrayBuffer | ArrayBufferView

/**
 * Thrown by a binding that can only be loaded asynchronously and has not been yet: the synchronous path degrades to
 * character rules, and `parseAsync()` loads the binding and reads the notice again.
 */
export class SegmenterPending extends Error {
  override readonly name = 'SegmenterPending'
}
