/**
 * Words of a notice's header. Data only: the grammar is in `passes/header.ts`.
 */

/** Labels of the metadata table that government sites print above a notice, and the field each gives. */
export const METADATA_LABELS: Readonly<Record<string, 'title' | 'issuer' | 'docNumber' | 'date'>> = {
  标题: 'title',
  名称: 'title',
  发文机关: 'issuer',
  发布机构: 'issuer',
  发文单位: 'issuer',
  发文字号: 'docNumber',
  文号: 'docNumber',
  成文日期: 'date',
}
