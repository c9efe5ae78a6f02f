/** The packages bundled into dist/ (see bundled.mjs). */
export declare const BUNDLED: string[]
