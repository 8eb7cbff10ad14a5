/**
 * Development personas. Their ID numbers are made up (valid check digits, region 220323)
 * and belong to nobody.
 */
export interface PersonaSeed {
  persona: string;
  displayName: string;
  roles: Array<{ role: string; scope: string }>;
  members: Array<{ name: string; relation: string; first17: string; phone: string }>;
}

export const PERSONAS: PersonaSeed[] = [
  {
    persona: 'resident-1',
    displayName: '代先生',
    roles: [],
    members: [
      { name: '代建国', relation: 'self', first17: '22032319550312101', phone: '13904341234' },
      { name: '代玉贤', relation: 'mother', first17: '22032319320508102', phone: '13904345678' },
    ],
  },
  {
    persona: 'resident-2',
    displayName: '李向东',
    roles: [],
    members: [{ name: '李向东', relation: 'self', first17: '22032319800716203', phone: '13504347788' }],
  },
  { persona: 'hospital-admin', displayName: '第一人民医院挂号管理员', roles: [{ role: 'hospital_admin', scope: 'h-first' }], members: [] },
  { persona: 'heating-dispatcher', displayName: '华大电厂调度员', roles: [{ role: 'heating_dispatcher', scope: 'hc-huada' }], members: [] },
  { persona: 'canteen-manager', displayName: '永胜食堂负责人', roles: [{ role: 'canteen_manager', scope: 'cn-yongsheng' }], members: [] },
  { persona: 'station-staff', displayName: '零工驿站工作人员', roles: [{ role: 'station_staff', scope: 'gs-yitong' }], members: [] },
  // A verified employer of the gig station (伊通县安心家政服务有限公司, seeded with the station's demo data).
  { persona: 'employer', displayName: '安心家政 王丽华', roles: [{ role: 'employer', scope: 'emp-anxin' }], members: [] },
  { persona: 'official', displayName: '县暖民心行动专班', roles: [{ role: 'official', scope: '' }], members: [] },
];

export const personaOpenid = (persona: string) => `persona:${persona}`;
