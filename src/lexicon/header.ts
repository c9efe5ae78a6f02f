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

/**
 * Buttons and toggles that a crawler copies from a page's toolbar, each on a line of its own (`下载`, `打印`, `【字号：`,
 * `大`): never the notice's text. Compared with the line's spaces removed.
 */
export const CHROME_BUTTONS: ReadonlySet<string> = new Set([
  '下载', '打印', '全屏', '收藏', '分享', '分享到', '分享:', '分享：', '关闭', '关闭窗口', '打印本页', '打印此页', '关闭本页', '返回顶部', '加大', '还原', '减小',
  '默认', '【', '】', '[', ']', '相关报道', '相关报道:', '相关链接', '相关链接:', '相关文件', '扫一扫在手机打开当前页', '下载打印全屏收藏',
])

/** What opens a run of font-size toggles (`【字体：大 中 小】`), closed by `】` on the same line or a later one. */
export const CHROME_TOGGLE_OPENERS: readonly string[] = ['【字号', '【字体', '[字号', '[字体', '字号:', '字体:']

/**
 * Labels of a page's byline that a crawler copies above or below a notice (`来源：河南日报`, `时间：2026-02-03`,
 * `责任编辑：…`), compared on the matching view: the label and its value are one line, or the label stands alone.
 */
export const CHROME_LABELS: readonly string[] = [
  '来源', '时间', '发布时间', '发布日期', '更新时间', '信息来源', '文章来源', '责任编辑', '编辑', '作者', '浏览次数', '访问量', '点击数',
  '分享', '原文链接', '检索时间', '检索关键词', '发布机构', '字号', '法宝引证码', '分类',
]

/**
 * Titles of the heads of a government, as a work report's byline prints them (`广东省省长 孟凡利`, `河南省人民政府省长
 * 王凯`): the government that reports is the one they head.
 */
export const HEAD_TITLES: readonly string[] = ['自治区主席', '省长', '市长', '县长', '区长', '州长', '盟长', '旗长', '主席']

/** What a government's name ends with after its region (`广东省` → `广东省人民政府`). */
export const GOVERNMENT_SUFFIX = '人民政府'

/** Words that end the occasion of a work report's subtitle: `——2026年1月26日在…人民代表大会第五次会议上`. */
export const OCCASION_ENDINGS: readonly string[] = ['会议上', '大会上', '会上']

/** Words that end a notice's title: a title line may be long when it ends with one (`…实施意见的通知`). */
export const TITLE_ENDINGS: readonly string[] = [
  '通知', '意见', '方案', '办法', '规定', '决定', '报告', '计划', '规划', '批复', '通报', '公告', '细则', '要点', '措施', '纲要', '函',
]

/** Words between an issuer and its title that the issuer's name never holds: `国务院办公厅转发国家教委关于…`. */
export const ISSUER_ENDS: readonly string[] = ['关于', '转发', '印发']
