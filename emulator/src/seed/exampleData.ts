/**
 * Example data for development and demos (every record has `example: true`): a county
 * government service center (县政务服务中心) with its departments, windows, a list of items,
 * staff and a few citizens. Plain data only; the domain schemas in `shared/` have the last word.
 */

const ex = { example: true } as const

export const departments = [
  { _id: 'dept-zwb', name: '县政务服务管理办公室', shortName: '政务办', order: 10, ...ex },
  { _id: 'dept-scjg', name: '县市场监督管理局', shortName: '市场监管', order: 20, ...ex },
  { _id: 'dept-rs', name: '县人力资源和社会保障局', shortName: '人社', order: 30, ...ex },
  { _id: 'dept-bdc', name: '县不动产登记中心', shortName: '不动产登记', order: 40, ...ex },
  { _id: 'dept-ga', name: '县公安局户政管理大队', shortName: '公安户政', order: 50, ...ex },
  { _id: 'dept-yb', name: '县医疗保障局', shortName: '医保', order: 60, ...ex },
  { _id: 'dept-sw', name: '国家税务总局县税务局', shortName: '税务', order: 70, ...ex },
  { _id: 'dept-gjj', name: '市住房公积金管理中心县分中心', shortName: '公积金', order: 80, ...ex },
]

export const windows = [
  { _id: 'win-01', number: '1', name: '综合咨询导服', departmentId: 'dept-zwb', location: '一楼大厅入口', ...ex },
  { _id: 'win-02', number: '2', name: '市场主体登记', departmentId: 'dept-scjg', location: '一楼东区', ...ex },
  { _id: 'win-03', number: '3', name: '食品药品许可', departmentId: 'dept-scjg', location: '一楼东区', ...ex },
  { _id: 'win-04', number: '4', name: '社保业务', departmentId: 'dept-rs', location: '一楼西区', ...ex },
  { _id: 'win-05', number: '5', name: '就业创业', departmentId: 'dept-rs', location: '一楼西区', ...ex },
  { _id: 'win-06', number: '6', name: '不动产登记', departmentId: 'dept-bdc', location: '二楼东区', ...ex },
  { _id: 'win-07', number: '7', name: '户籍业务', departmentId: 'dept-ga', location: '二楼西区', ...ex },
  { _id: 'win-08', number: '8', name: '身份证办理', departmentId: 'dept-ga', location: '二楼西区', ...ex },
  { _id: 'win-09', number: '9', name: '医保业务', departmentId: 'dept-yb', location: '一楼西区', ...ex },
  { _id: 'win-10', number: '10', name: '税费缴纳', departmentId: 'dept-sw', location: '三楼', ...ex },
  { _id: 'win-11', number: '11', name: '公积金业务', departmentId: 'dept-gjj', location: '三楼', ...ex },
]

const idCard = { name: '居民身份证', copies: 1, form: 'original' as const }
const idCardCopy = { name: '居民身份证复印件', copies: 1, form: 'copy' as const }
const household = { name: '居民户口簿', copies: 1, form: 'original' as const }
const both = ['walk-in', 'appointment']

/**
 * The guide (一次性告知, R1) as a department usually words it: where in the hall, the
 * consultation phone and how results are handed over; each item adds its conditions, fee
 * and time limits. Example numbers and wording, replaced by admins with the center's own.
 */
const guideOf = {
  'dept-scjg': { location: '一楼东区', phone: '0533-3618121', delivery: ['window', 'post', 'electronic'] },
  'dept-rs': { location: '一楼西区', phone: '0533-3618131', delivery: ['window', 'post'] },
  'dept-bdc': { location: '二楼东区', phone: '0533-3618141', delivery: ['window', 'post', 'electronic'] },
  'dept-ga': { location: '二楼西区', phone: '0533-3618151', delivery: ['window', 'post'] },
  'dept-yb': { location: '一楼西区', phone: '0533-3618161', delivery: ['window'] },
  'dept-sw': { location: '三楼', phone: '0533-3618171', delivery: ['window', 'electronic'] },
  'dept-gjj': { location: '三楼', phone: '0533-3618181', delivery: ['window'] },
} as const

const item = (fields: {
  _id: string
  name: string
  departmentId: keyof typeof guideOf
  assistingDepartmentIds?: string[]
  materials: Array<{ name: string; copies: number; form: 'original' | 'copy' | 'both'; note?: string }>
  notes: string
  modes?: string[]
  estimatedMinutes: number
  conditions: string
  fee?: string
  legalDays: number
  promisedDays: number
  delivery?: string[]
}) => ({
  assistingDepartmentIds: [],
  modes: both,
  active: true,
  version: 1,
  fee: '不收费',
  ...guideOf[fields.departmentId],
  ...fields,
  delivery: [...(fields.delivery ?? guideOf[fields.departmentId].delivery)],
  ...ex,
})

export const items = [
  item({
    _id: 'item-001', name: '个体工商户设立登记', departmentId: 'dept-scjg', estimatedMinutes: 30,
    conditions: '有经营能力的公民从事工商业经营，经营场所已确定。', legalDays: 15, promisedDays: 0,
    materials: [idCard, { name: '个体工商户登记（备案）申请书', copies: 1, form: 'original' as const }, { name: '经营场所使用证明', copies: 1, form: 'copy' as const, note: '租赁合同或房产证复印件' }],
    notes: '名称可现场自主申报；委托他人办理的需携带委托书及受托人身份证。',
  }),
  item({
    _id: 'item-002', name: '有限责任公司设立登记', departmentId: 'dept-scjg', assistingDepartmentIds: ['dept-sw'], estimatedMinutes: 60,
    conditions: '股东符合法定人数，有公司名称、章程、住所和组织机构。', legalDays: 15, promisedDays: 1,
    materials: [{ name: '公司登记（备案）申请书', copies: 1, form: 'original' as const }, { name: '公司章程', copies: 1, form: 'original' as const }, { name: '股东主体资格证明', copies: 1, form: 'copy' as const }, { name: '法定代表人、董事、监事任职文件', copies: 1, form: 'original' as const }, { name: '住所使用证明', copies: 1, form: 'copy' as const }],
    notes: '可同步申领发票和税务Ukey，由税务窗口协助办理。',
  }),
  item({
    _id: 'item-003', name: '食品经营许可证核发', departmentId: 'dept-scjg', estimatedMinutes: 45,
    conditions: '已取得营业执照，具备与经营品种相适应的场所、设备和管理制度。', legalDays: 20, promisedDays: 5, delivery: ['window', 'electronic'],
    materials: [{ name: '食品经营许可申请书', copies: 1, form: 'original' as const }, { name: '营业执照复印件', copies: 1, form: 'copy' as const }, { name: '食品安全管理制度文本', copies: 1, form: 'original' as const }, { name: '经营设施布局和操作流程示意图', copies: 1, form: 'original' as const }],
    notes: '仅销售预包装食品的，办理备案即可。',
  }),
  item({
    _id: 'item-004', name: '营业执照遗失补领', departmentId: 'dept-scjg', estimatedMinutes: 20,
    conditions: '营业执照遗失且已发布遗失公告的市场主体。', legalDays: 15, promisedDays: 0,
    materials: [idCard, { name: '营业执照遗失补领申请书', copies: 1, form: 'original' as const }],
    notes: '需先通过国家企业信用信息公示系统发布遗失公告。',
  }),
  item({
    _id: 'item-005', name: '城乡居民养老保险参保登记', departmentId: 'dept-rs', estimatedMinutes: 15,
    conditions: '年满16周岁（不含在校学生）、未参加职工基本养老保险的本县户籍居民。', legalDays: 10, promisedDays: 0, delivery: ['window'],
    materials: [idCard, household],
    notes: '年满16周岁、不在校、未参加职工养老保险的本县户籍居民可参保。',
  }),
  item({
    _id: 'item-006', name: '社会保障卡申领与补换', departmentId: 'dept-rs', estimatedMinutes: 20,
    conditions: '已参加本县社会保险的人员；补换须先挂失原卡。', legalDays: 10, promisedDays: 0, fee: '首次申领不收费；补换按规定收取工本费',
    materials: [idCard, { name: '近期免冠证件照', copies: 1, form: 'original' as const, note: '白底，可现场拍摄' }],
    notes: '挂失后补换的，新卡一般当场领取。',
  }),
  item({
    _id: 'item-007', name: '失业保险金申领', departmentId: 'dept-rs', estimatedMinutes: 30,
    conditions: '失业前缴纳失业保险满1年，非因本人意愿中断就业，已办理失业登记并有求职要求。', legalDays: 10, promisedDays: 3, delivery: ['window'],
    materials: [idCard, { name: '解除或终止劳动关系证明', copies: 1, form: 'original' as const }, { name: '本人社会保障卡', copies: 1, form: 'original' as const }],
    notes: '在解除劳动关系之日起60日内申领。',
  }),
  item({
    _id: 'item-008', name: '就业创业证申领', departmentId: 'dept-rs', estimatedMinutes: 15,
    conditions: '在法定劳动年龄内、有劳动能力和就业愿望的本县常住人员。', legalDays: 10, promisedDays: 0,
    materials: [idCard],
    notes: '',
  }),
  item({
    _id: 'item-009', name: '二手房转移登记', departmentId: 'dept-bdc', assistingDepartmentIds: ['dept-sw'], estimatedMinutes: 90,
    conditions: '房屋已取得不动产权证书，无查封、抵押或已取得抵押权人同意；买卖双方已签订合同并完成网签。', legalDays: 30, promisedDays: 5, fee: '住宅每件80元，非住宅每件550元（按国家收费标准）',
    materials: [idCard, household, { name: '不动产权证书', copies: 1, form: 'original' as const }, { name: '房屋买卖合同', copies: 3, form: 'original' as const }, { name: '婚姻状况证明', copies: 1, form: 'original' as const, note: '结婚证或离婚证、离婚协议' }],
    notes: '买卖双方须同时到场；契税由税务窗口在同一大厅一并办理。',
  }),
  item({
    _id: 'item-010', name: '不动产抵押登记', departmentId: 'dept-bdc', estimatedMinutes: 60,
    conditions: '抵押物已登记、权属清楚，已签订抵押合同。', legalDays: 30, promisedDays: 3, fee: '每件80元（住宅）',
    materials: [idCard, { name: '不动产权证书', copies: 1, form: 'original' as const }, { name: '抵押合同', copies: 1, form: 'original' as const }, { name: '主债权合同', copies: 1, form: 'original' as const }],
    notes: '',
  }),
  item({
    _id: 'item-011', name: '不动产登记资料查询', departmentId: 'dept-bdc', estimatedMinutes: 15,
    conditions: '权利人、利害关系人，或持法定依据的国家机关。', legalDays: 10, promisedDays: 0, delivery: ['window'],
    materials: [idCard],
    notes: '查询他人不动产信息须提供法定依据。',
  }),
  item({
    _id: 'item-012', name: '居民身份证换领', departmentId: 'dept-ga', estimatedMinutes: 20,
    conditions: '本县户籍居民，身份证有效期将满或已满。', legalDays: 60, promisedDays: 20, fee: '每证20元',
    materials: [idCard, household],
    notes: '有效期满前三个月内可申请换领；现场采集照片和指纹。',
  }),
  item({
    _id: 'item-013', name: '居民身份证挂失补领', departmentId: 'dept-ga', estimatedMinutes: 20,
    conditions: '本县户籍居民，身份证遗失并已挂失。', legalDays: 60, promisedDays: 20, fee: '每证20元',
    materials: [household],
    notes: '',
  }),
  item({
    _id: 'item-014', name: '户口迁移（县内）', departmentId: 'dept-ga', estimatedMinutes: 40,
    conditions: '在县内有合法稳定住所，或投靠直系亲属。', legalDays: 20, promisedDays: 0, delivery: ['window'],
    materials: [household, idCard, { name: '迁入地住所证明', copies: 1, form: 'original' as const, note: '房产证或亲属投靠证明' }],
    notes: '迁入、迁出户主均须携带户口簿原件。',
  }),
  item({
    _id: 'item-015', name: '出生登记', departmentId: 'dept-ga', assistingDepartmentIds: ['dept-yb'], estimatedMinutes: 30,
    conditions: '新生儿父母至少一方为本县户籍，出生后一个月内申报。', legalDays: 10, promisedDays: 0, delivery: ['window'],
    materials: [{ name: '出生医学证明', copies: 1, form: 'original' as const }, { name: '父母双方居民户口簿', copies: 1, form: 'original' as const }, { name: '父母双方居民身份证', copies: 1, form: 'original' as const }, { name: '结婚证', copies: 1, form: 'original' as const }],
    notes: '可同步办理新生儿医保参保登记。',
  }),
  item({
    _id: 'item-016', name: '异地就医备案', departmentId: 'dept-yb', estimatedMinutes: 10,
    conditions: '已参加本县基本医疗保险，长期异地居住、异地工作或转外就医的人员。', legalDays: 5, promisedDays: 0, delivery: ['window', 'electronic'],
    materials: [idCard, { name: '异地就医备案登记表', copies: 1, form: 'original' as const }],
    notes: '也可在国家医保服务平台自助办理。',
  }),
  item({
    _id: 'item-017', name: '门诊慢特病待遇认定', departmentId: 'dept-yb', estimatedMinutes: 30,
    conditions: '已参加本县基本医疗保险，确诊患有规定病种的门诊慢特病。', legalDays: 20, promisedDays: 10,
    materials: [idCard, { name: '二级及以上医院病历及检查报告', copies: 1, form: 'copy' as const }, { name: '诊断证明书', copies: 1, form: 'original' as const }],
    notes: '',
  }),
  item({
    _id: 'item-018', name: '发票领用', departmentId: 'dept-sw', estimatedMinutes: 20,
    conditions: '已办理税务登记并完成票种核定的纳税人。', legalDays: 5, promisedDays: 0,
    materials: [idCardCopy, { name: '税务Ukey', copies: 1, form: 'original' as const }],
    notes: '新办纳税人首次领用须先完成票种核定。',
  }),
  item({
    _id: 'item-019', name: '个人住房公积金提取', departmentId: 'dept-gjj', estimatedMinutes: 30,
    conditions: '购买、建造、翻修自住住房，支付房租，离休退休等情形之一。', legalDays: 3, promisedDays: 0, delivery: ['window'],
    materials: [idCard, { name: '本人银行卡', copies: 1, form: 'original' as const }, { name: '提取事由证明', copies: 1, form: 'original' as const, note: '购房合同、租房备案或退休证明等' }],
    notes: '',
  }),
  item({
    _id: 'item-020', name: '住房公积金贷款申请', departmentId: 'dept-gjj', assistingDepartmentIds: ['dept-bdc'], estimatedMinutes: 120,
    conditions: '连续足额缴存住房公积金6个月以上，在本县购买自住住房。', legalDays: 15, promisedDays: 10,
    modes: ['appointment'],
    materials: [idCard, household, { name: '婚姻状况证明', copies: 1, form: 'original' as const }, { name: '购房合同', copies: 1, form: 'original' as const }, { name: '收入证明', copies: 1, form: 'original' as const }],
    notes: '借款人及配偶须同时到场面签。',
  }),
]

export const staff = [
  { _id: 'staff-admin', openid: 'oEXAMPLE_admin_wang', name: '王敏', roles: ['admin'], departmentId: 'dept-zwb', active: true, version: 1, ...ex },
  { _id: 'staff-section', openid: 'oEXAMPLE_section_li', name: '李静', roles: ['section'], departmentId: 'dept-zwb', active: true, version: 1, ...ex },
  { _id: 'staff-desk', openid: 'oEXAMPLE_desk_zhao', name: '赵晓', roles: ['desk'], windowId: 'win-01', departmentId: 'dept-zwb', active: true, version: 1, ...ex },
  { _id: 'staff-scjg-leader', openid: 'oEXAMPLE_scjg_leader', name: '孙强', roles: ['leader', 'staff'], windowId: 'win-02', departmentId: 'dept-scjg', active: true, version: 1, ...ex },
  { _id: 'staff-scjg-1', openid: 'oEXAMPLE_scjg_staff', name: '周萍', roles: ['staff'], windowId: 'win-02', departmentId: 'dept-scjg', active: true, version: 1, ...ex },
  { _id: 'staff-rs-leader', openid: 'oEXAMPLE_rs_leader', name: '吴刚', roles: ['leader', 'staff'], windowId: 'win-04', departmentId: 'dept-rs', active: true, version: 1, ...ex },
  { _id: 'staff-rs-1', openid: 'oEXAMPLE_rs_staff', name: '郑丽', roles: ['staff'], windowId: 'win-04', departmentId: 'dept-rs', active: true, version: 1, ...ex },
  { _id: 'staff-bdc-1', openid: 'oEXAMPLE_bdc_staff', name: '冯磊', roles: ['staff'], windowId: 'win-06', departmentId: 'dept-bdc', active: true, version: 1, ...ex },
  { _id: 'staff-ga-leader', openid: 'oEXAMPLE_ga_leader', name: '陈洁', roles: ['leader', 'staff'], windowId: 'win-07', departmentId: 'dept-ga', active: true, version: 1, ...ex },
  { _id: 'staff-yb-1', openid: 'oEXAMPLE_yb_staff', name: '褚燕', roles: ['staff'], windowId: 'win-09', departmentId: 'dept-yb', active: true, version: 1, ...ex },
]

/** Citizens have no staff record: they exist only as WeChat users (openids) with a label. */
export const citizens = [
  { openid: 'oEXAMPLE_citizen_zhang', label: '市民 张女士' },
  { openid: 'oEXAMPLE_citizen_liu', label: '市民 刘先生（老年人）' },
  { openid: 'oEXAMPLE_citizen_he', label: '市民 何同学' },
]
