/** Text files that the browser build bundles as strings (esbuild's `text` loader). */
declare module '*.txt' {
  const text: string
  export default text
}
