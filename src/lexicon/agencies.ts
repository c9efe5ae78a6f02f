/**
 * Agencies: the bodies that can be responsible for a task (departments, governments, companies, places). Data only:
 * `grammar/statements.ts` reads names with these words, `check/rules/unknown-unit.ts` judges them.
 */

/** Endings of the names of bodies that can be responsible. */
export const AGENCY_SUFFIXES: readonly string[] = [
  '局', '委', '部', '厅', '办', '院', '署', '会', '行', '司', '处', '科', '室', '站', '所', '队', '庭', '社', '团',
  '中心', '集团', '公司', '政府', '单位', '部门', '机构', '组织', '街道', '乡镇', '社区', '管委会', '总社', '总局',
  '营管部', '分行', '支行', '分局', '学校', '大学', '学院', '医院', '法院', '检察院', '协会', '联合会', '商会',
  '基地', '园区', '开发区', '高新区', '新区', '示范区', '自贸区', '保税区', '各地', '各级', '专班', '小组', '城市',
  '企业', '高校', '院校', '机关', '银行', '基金会', '学会', '联社', '委员会', '工作组', '指挥部', '领导小组',
  '联', '协', '海关', '支队', '大队', '工委',
  '县', '市', '区', '旗', '镇', '乡', '村', '省', '州', '盟',
]

/** A word that makes a name generic but still an agency: `有关部门`, `各县（市、区）人民政府`. */
export interface GenericAgencyWord {
  readonly word: string
  /** It makes a name generic wherever it stands (`市有关部门`), not only at its start. */
  readonly anywhere?: true
}

/** Words that make a name generic: never on a list of known agencies, yet an agency in a statement. */
export const GENERIC_AGENCY_WORDS: readonly GenericAgencyWord[] = [
  { word: '各' },
  { word: '有关', anywhere: true },
  { word: '相关', anywhere: true },
  { word: '其他' },
  { word: '其它' },
  { word: '所属' },
]

/**
 * Characters that never occur in an agency name but often in prose. Note: not 应 (应急管理局), 与 (自然资源与规划局),
 * 对 (对外) or 及: they are parts of names.
 */
export const PROSE_CHARACTERS = '的要将可是把被让并或'

/** Words that never occur in an agency name but in prose around one: `技工院校内由…部门负责` sets a scope. */
export const PROSE_WORDS: readonly string[] = ['内由', '外由', '时由', '后由', '中由', '均由', '分别由']

/** Longest agency name we accept in a statement without a label, in characters. */
export const MAX_AGENCY_LENGTH = 30

/**
 * Informal short names of government departments and the standard short names that notices use instead
 * (`市发改委` → `市发展改革委`): `check/rules/unknown-unit.ts` replaces a fragment and accepts the result only when
 * it is on the configured list of known units, so these never decide alone what is right.
 */
export const AGENCY_ALIASES: Readonly<Record<string, string>> = {
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

/**
 * Characters that start the name of a body (`区…`, `市…`, `各…`): where one follows the end of another name with no
 * mark between (`区经济发展局区行政审批局`, the cells of a table flattened into text), a new name starts.
 */
export const NAME_STARTS = '区市省县镇乡州各国中全'

/** Endings after which a glued name may end (`…局`, `…单位`): the strong ones, not places (`…市`, `…区`). */
export const GLUED_NAME_ENDINGS: readonly string[] = ['局', '委', '办', '厅', '院', '署', '会', '中心', '政府', '单位', '部门', '机构', '公司', '集团']
