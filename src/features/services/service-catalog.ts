export type ServiceKey = 'clinic' | 'heating' | 'canteen' | 'jobs'

export interface Service {
  key: ServiceKey
  name: string
  badge: string
  tagline: string
  /** What the service will do, in the county's own words (domain.md). */
  description: string
  path: string
}

export const SERVICES: Service[] = [
  {
    key: 'clinic',
    name: '暖心就医',
    badge: '医',
    tagline: '县医院分时段挂号，三日内复诊免挂号费',
    description:
      '在县第一人民医院、县民族医院按院区、科室、时段预约挂号，可为家人挂号。三日内（含就诊当日）因同一疾病在同一院区、同一科室复诊，不再重复收取挂号费、诊察费。',
    path: '/packages/clinic/pages/index/index',
  },
  {
    key: 'heating',
    name: '温暖供热',
    badge: '暖',
    tagline: '室温不达标一键报修，进度全程可查',
    description:
      '供暖季室温不低于18℃。室温不达标、不热停热、漏水等问题可在线报修，填写小区、楼栋和自测温度，受理、派单、上门测温、处理结果都会通知您。',
    path: '/packages/heating/pages/index/index',
  },
  {
    key: 'canteen',
    name: '助老餐厅',
    badge: '餐',
    tagline: '一刻钟助餐圈，长辈吃饭有优惠',
    description:
      '查找步行一刻钟内的社区食堂和助老餐厅，查看每日菜单并为长辈订餐。90岁以上老人免费供餐，60至80岁老人、退役军人、低保户、残疾人等享受优惠。',
    path: '/packages/canteen/pages/index/index',
  },
  {
    key: 'jobs',
    name: '零工驿站',
    badge: '工',
    tagline: '附近的日结零工，审核过的岗位',
    description:
      '零工驿站提供求职登记、岗位信息发布、技能培训和政策咨询。按工种、日结、距离查找经过审核的零工岗位，驿站还有免费热饭、饮水、充电和休息座椅。',
    path: '/packages/jobs/pages/index/index',
  },
]

export function serviceByKey(key: ServiceKey): Service {
  const service = SERVICES.find((s) => s.key === key)
  if (!service) throw new Error(`unknown service ${key}`)
  return service
}
