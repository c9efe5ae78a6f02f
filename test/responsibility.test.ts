import { describe, expect, it } from 'vitest'
import { normalize } from '../src/document/normalize.js'
import {
  ADDS_LEAD_PATTERN,
  ADDS_LEAD_WORD,
  FIRST_LEADS_PATTERNS,
  FIRST_LEADS_WORD,
  findStatements,
  looksLikeAgency,
  resolveRoles,
  splitUnits,
  type Conventions,
  columnKind,
} from '../src/grammar/statements.js'
import { LABEL_NOUNS, ROLE_WORDS, type RoleKind, type RolePlace } from '../src/lexicon/roles.js'

/** Read every statement of a text under fresh (or given) conventions; lead and support added up. */
function read(text: string, conventions: Conventions = { firstLeads: false, addsLead: [] }) {
  const statements = findStatements(normalize(text), text)
  const lead: string[] = []
  const support: string[] = []
  for (const s of statements) {
    const r = resolveRoles(s, conventions)
    lead.push(...r.lead)
    support.push(...r.support)
  }
  return { lead, support, statements }
}

describe('responsibility statements', () => {
  it.each([
    ['（牵头单位：市科技局、市财政局；配合单位：市地方金融监管局）', ['市科技局', '市财政局'], ['市地方金融监管局']],
    ['（牵头单位：市科技局，配合单位：市财政局）', ['市科技局'], ['市财政局']],
    ['(牵头单位:市科技局、市商务局)', ['市科技局', '市商务局'], []],
    ['（牵头单位：市科技局)', ['市科技局'], []],
    ['（责任单位：市科技局、市发展改革委）', ['市科技局', '市发展改革委'], []],
    ['（牵头部门：市商务局）', ['市商务局'], []],
    ['（负责部门：市医保局）', ['市医保局'], []],
    ['（5月底完成，牵头考核单位：市审批服务局、市大数据局）', ['市审批服务局', '市大数据局'], []],
    ['（市发展改革委牵头，市财政局、市商务局配合）', ['市发展改革委'], ['市财政局', '市商务局']],
    ['（市发展改革委主抓，市财政局配合）', ['市发展改革委'], ['市财政局']],
    ['（生态环境部牵头，国家发展改革委、工业和信息化部参与）', ['生态环境部'], ['国家发展改革委', '工业和信息化部']],
    ['（市教育局牵头，各县区参加）', ['市教育局'], ['各县区']],
    ['（市场监管总局负责）', ['市场监管总局'], []],
    ['（国家发展改革委会同有关部门负责）', ['国家发展改革委'], ['有关部门']],
    ['（交通运输部、财政部按职责分工负责）', ['交通运输部', '财政部'], []],
    ['（商务部指导，供销合作总社参与）', ['商务部'], ['供销合作总社']],
    ['（农业农村部、市场监管总局指导）', ['农业农村部', '市场监管总局'], []],
    ['（主办单位：市委宣传部；协办单位：市文旅局）', ['市委宣传部'], ['市文旅局']],
    ['（牵头单位：市科技局、市发展改革委，责任单位：市工业和信息化局）', ['市科技局', '市发展改革委'], ['市工业和信息化局']],
    ['（牵头单位：市科技局；责任单位：市财政局）', ['市科技局'], ['市财政局']],
    ['（市发展改革委牵头，各县（市、区）人民政府按职责分工负责）', ['市发展改革委'], ['各县（市、区）人民政府']],
    ['（各县（市、区）人民政府负责）', ['各县（市、区）人民政府'], []],
    ['（牵头单位：市教育体育局，配合单位：各县（市、区）人民政府、市属开发区管委会）', ['市教育体育局'], ['各县（市、区）人民政府', '市属开发区管委会']],
    ['（牵头单位：市住建局 配合单位：市自然资源局、市生态环境局）', ['市住建局'], ['市自然资源局', '市生态环境局']],
    ['（牵头单位：市住建局配合单位：市自然资源局）', ['市住建局'], ['市自然资源局']],
    ['（责任单位：市金融局（牵头）、人民银行某市分行）', ['市金融局'], ['人民银行某市分行']],
    ['（牵头领导：张三；责任单位：市自然资源局）', ['市自然资源局'], []],
    ['（市市场监管局负责，2024年6月底前完成）', ['市市场监管局'], []],
    ['（市应急局牵头，各县区政府负责）', ['市应急局', '各县区政府'], []],
    ['（市自然资源与规划局、市属国有企业按职责分工负责）', ['市自然资源与规划局', '市属国有企业'], []],
    ['加快建设。【牵头单位】市科技局【配合单位】市财政局、市发改委', ['市科技局'], ['市财政局', '市发改委']],
    ['（市商务局牵头，市海关、市贸促会按职责分工配合）', ['市商务局'], ['市海关', '市贸促会']],
    ['（市数据局牵头，各有关部门分头落实）', ['市数据局'], ['各有关部门']],
    ['（市网信办、市数据局牵头，市住建局等有关部门配合，各区政府落实）', ['市网信办', '市数据局'], ['市住建局', '有关部门', '各区政府']],
    ['（市文旅局及有关区县政府负责）', ['市文旅局', '有关区县政府'], []],
    ['（市体育局、市教育局等和各区政府负责）', ['市体育局', '市教育局', '各区政府'], []],
    ['（区政府及其有关部门负责）', ['区政府', '有关部门'], []],
    ['（主（协）办机关：市数据局、（市各有关部门））', ['市数据局'], ['市各有关部门']],
    ['推进园区基础设施建设。（市城建局、市交通局）', ['市城建局', '市交通局'], []],
    ['（负责部门：市发改委、市粮食局，适用范围：东区片区）', ['市发改委', '市粮食局'], []],
    ['（负责部门：市人社局；适用范围：所有片区，以下除标注外，适用范围均为所有片区）', ['市人社局'], []],
  ])('%s', (text, lead, support) => {
    const r = read(text)
    expect(r.lead).toEqual(lead)
    expect(r.support).toEqual(support)
  })

  it('keeps the role words as printed', () => {
    const [s] = read('（5月底完成，牵头考核单位：市审批服务局）').statements
    expect(s?.roles).toMatchObject([{ role: '牵头考核单位', kind: 'lead', units: ['市审批服务局'] }])
    expect(s?.deadline).toBe('5月底完成')
  })

  it('adds up several statements in one paragraph', () => {
    const r = read('推进甲。（工业和信息化部、商务部指导）推进乙。（国家发展改革委、商务部指导）')
    expect(r.statements).toHaveLength(2)
    expect(r.lead).toEqual(['工业和信息化部', '商务部', '国家发展改革委', '商务部'])
  })

  it('reads labels outside brackets after a sentence end', () => {
    expect(read('加快推进项目建设。责任单位：市发改委、市财政局').lead).toEqual(['市发改委', '市财政局'])
  })

  it('applies 列第一位者为牵头单位 to this and every later statement', () => {
    const conventions = { firstLeads: false, addsLead: [] }
    expect(read('（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）', conventions)).toMatchObject({
      lead: ['人力资源社会保障部'],
      support: ['财政部'],
    })
    expect(read('（人力资源社会保障部、科技部，各省级人民政府按职责分工负责）', conventions)).toMatchObject({
      lead: ['人力资源社会保障部'],
      support: ['科技部', '各省级人民政府'],
    })
    expect(read('（人力资源社会保障部等有关部门和单位负责）', conventions)).toMatchObject({
      lead: ['人力资源社会保障部'],
      support: ['有关部门和单位'],
    })
  })

  it('applies 以下均需…落实 to later statements', () => {
    const conventions = { firstLeads: false, addsLead: [] }
    expect(read('（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）', conventions).lead).toEqual([
      '生态环境部',
      '试点城市政府',
    ])
    expect(read('（自然资源部、工业和信息化部指导）', conventions).lead).toEqual(['自然资源部', '工业和信息化部', '试点城市政府'])
  })

  it.each([
    '（企业直接向国家发展改革委申报，不需省级发展改革部门转报）',
    '（含技工院校）',
    '（市、县两级）',
    '（2023—2025年）',
    '（0.5分）',
    '（国发〔2022〕18号）',
    '县商务局负责组织实施，市财政局配合。',
    '（中等职业学校内由教育行政部门负责）',
    '办好中外企业合作洽谈会（合作会）。',
    '所需材料。（营业执照、相关证明材料）',
    '某某软件（某某科技有限公司）',
  ])('is not fooled by prose: %s', (text) => {
    expect(read(text).statements).toEqual([])
  })
})

/** The role words that may stand at a place, as rows of a table test: [word, kind]. */
const rolesAs = (place: RolePlace): Array<[string, RoleKind]> => ROLE_WORDS.filter((r) => r.as.includes(place)).map((r) => [r.word, r.kind])
/** A shared role alone leads; support supports. */
const sides = (kind: RoleKind, unit: string) => (kind === 'support' ? { lead: [], support: [unit] } : { lead: [unit], support: [] })

describe('every record of the role lexicon, with no rule of its own', () => {
  it.each(rolesAs('verb'))('closes a statement: （市财政局%s） is %s', (word, kind) => {
    expect(read(`（市财政局${word}）`)).toMatchObject(sides(kind, '市财政局'))
  })
  it.each(rolesAs('label'))('opens a label: （%s单位：市财政局） is %s', (word, kind) => {
    expect(read(`（${word}单位：市财政局）`)).toMatchObject(sides(kind, '市财政局'))
  })
  it.each(LABEL_NOUNS.filter((n) => n.as.includes('label')).map((n) => n.word))('ends a label: （牵头%s：市财政局）', (noun) => {
    expect(read(`（牵头${noun}：市财政局）`)).toMatchObject({ lead: ['市财政局'], support: [] })
  })
  it.each(rolesAs('bracket'))('follows a name in brackets: 市金融局（%s） is %s', (word, kind) => {
    const r = read(`（责任单位：市金融局（${word}）、市财政局）`)
    expect(kind === 'support' ? r.support : r.lead).toContain('市金融局')
  })
  it.each(rolesAs('column'))('heads a task-table column: %s is %s', (word, kind) => {
    expect(columnKind(word)).toBe(kind)
    expect(columnKind(`${word}单位`)).toBe(kind)
  })
  it.each(rolesAs('with'))('joins a lead and its partners: （市发展改革委%s市财政局负责）', (word) => {
    expect(read(`（市发展改革委${word}市财政局负责）`)).toMatchObject({ lead: ['市发展改革委'], support: ['市财政局'] })
  })
})

describe('the first-leads convention', () => {
  it('is only looked for in lines that hold the word every pattern needs', () => {
    for (const re of FIRST_LEADS_PATTERNS) expect(re.source).toContain(FIRST_LEADS_WORD)
    expect(ADDS_LEAD_PATTERN.source.startsWith(ADDS_LEAD_WORD)).toBe(true)
  })
})

describe('unit names', () => {
  it('splits at 、 and ， but not inside brackets, and drops a trailing 等', () => {
    const text = '市发展改革委、各县（市、区）人民政府，市财政局等'
    expect(splitUnits(normalize(text), text)).toEqual(['市发展改革委', '各县（市、区）人民政府', '市财政局'])
  })

  it.each(['市科技局', '国家发展改革委', '有关部门', '各县（市、区）人民政府', '人民银行聊城市中心支行', '试点城市政府'])(
    '%s is a unit',
    (name) => expect(looksLikeAgency(name)).toBe(true),
  )
  it.each(['企业直接向国家发展改革委申报', '不需省级发展改革部门转报', '2023年', '加快推进'])('%s is not a unit', (name) =>
    expect(looksLikeAgency(name)).toBe(false),
  )
})
