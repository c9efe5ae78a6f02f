/**
 * The fixed records of the zip format (APPNOTE.TXT 4.3): signatures and sizes shared by the size check of Word files
 * (zip.ts) and the OFD reader's unzip (unzip.ts).
 */

/** End of central directory record. */
export const EOCD_SIGNATURE = 0x06054b50
export const EOCD_SIZE = 22
/** Longest archive comment after the end record. */
export const MAX_COMMENT = 0xffff
/** Central directory file header. */
export const CENTRAL_SIGNATURE = 0x02014b50
export const CENTRAL_SIZE = 46
/** Local file header. */
export const LOCAL_SIGNATURE = 0x04034b50
export const LOCAL_SIZE = 30
/** Compression methods. */
export const STORED = 0
export const DEFLATED = 8
