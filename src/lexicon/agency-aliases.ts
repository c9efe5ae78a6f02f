/**
 * Informal short names of government departments and the standard short names that notices use instead
 * (`市发改委` → `市发展改革委`). Data only: `check/rules/unknown-unit.ts` replaces a fragment and accepts the
 * result only when it is on the configured list of known units, so these never decide alone what is right.
 */
export const UNIT_ALIAS_FRAGMENTS: Readonly<Record<string, string>> = {
  发改委: '发展改革委',
  发改局: '发展改革局',
  工信局: '工业和信息化局',
  经信局: '经济和信息化局',
  人社局: '人力资源社会保障局',
  人社厅: '人力资源社会保障厅',
  住建局: '住房城乡建设局',
  住建厅: '住房城乡建设厅',
  住建委: '住房城乡建设委',
  自然资源局: '自然资源和规划局',
  生态局: '生态环境局',
  环保局: '生态环境局',
  交通局: '交通运输局',
  农业局: '农业农村局',
  文旅局: '文化和旅游局',
  卫健委: '卫生健康委',
  卫健局: '卫生健康局',
  市监局: '市场监管局',
  市场监督管理局: '市场监管局',
  金融局: '地方金融监管局',
  国资局: '国资委',
  应急管理局: '应急局',
  医疗保障局: '医保局',
  教体局: '教育体育局',
  审批局: '行政审批局',
}
