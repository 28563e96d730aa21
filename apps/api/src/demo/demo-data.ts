import { creditCodeCheckCharacter, type OrganisationKind, type Role } from '@jixiao/domain';

/** The demo password of every demo account. Demo data only; never used outside `seed`. */
export const DEMO_PASSWORD = 'Demo-Pass#2026';

export interface DemoUser {
  email: string;
  displayName: string;
  roles: Role[];
}

export interface DemoOrganisation {
  kind: OrganisationKind;
  name: string;
  region: string;
  /** The first 17 characters; the check character is computed. */
  creditCodeBase: string;
  contactName: string;
  contactPhone: string;
  users: DemoUser[];
}

export function demoCreditCode(organisation: DemoOrganisation): string {
  return `${organisation.creditCodeBase}${creditCodeCheckCharacter(organisation.creditCodeBase) ?? ''}`;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    kind: 'platform',
    name: '绩效评价协同平台运营中心',
    region: '北京市海淀区',
    creditCodeBase: '91110108MA01JX001',
    contactName: '平台客服',
    contactPhone: '010-62000000',
    users: [{ email: 'operator@platform.demo', displayName: '平台运营·王敏', roles: ['operator'] }],
  },
  {
    kind: 'bureau',
    name: '昌吉市财政局',
    region: '新疆维吾尔自治区昌吉回族自治州昌吉市',
    creditCodeBase: '11652301010203040',
    contactName: '马建国',
    contactPhone: '0994-2345678',
    users: [
      { email: 'admin@czj.demo', displayName: '马建国', roles: ['bureau_admin'] },
      { email: 'officer@czj.demo', displayName: '李晓燕', roles: ['performance_officer'] },
    ],
  },
  {
    kind: 'firm',
    name: '新疆正衡会计师事务所有限公司',
    region: '新疆维吾尔自治区乌鲁木齐市',
    creditCodeBase: '91650100MA77XK3P1',
    contactName: '周文博',
    contactPhone: '0991-8876543',
    users: [
      { email: 'admin@firm.demo', displayName: '周文博', roles: ['firm_admin'] },
      { email: 'lead@firm.demo', displayName: '陈立', roles: ['team_lead'] },
      { email: 'evaluator@firm.demo', displayName: '赵雪', roles: ['evaluator'] },
      { email: 'reviewer@firm.demo', displayName: '孙浩', roles: ['reviewer'] },
      { email: 'archivist@firm.demo', displayName: '吴桐', roles: ['archivist'] },
      // Three-level review (三级复核, issue 11): three distinct people can sign
      { email: 'manager@firm.demo', displayName: '钱坤', roles: ['reviewer'] },
      { email: 'partner@firm.demo', displayName: '郑明远', roles: ['reviewer'] },
    ],
  },
  {
    kind: 'firm',
    name: '新疆财经大学绩效评价研究中心',
    region: '新疆维吾尔自治区乌鲁木齐市',
    creditCodeBase: '12650000MB1234567',
    contactName: '艾力',
    contactPhone: '0991-7654321',
    users: [
      { email: 'admin@xjufe.demo', displayName: '艾力', roles: ['firm_admin'] },
      { email: 'lead@xjufe.demo', displayName: '高原', roles: ['team_lead'] },
    ],
  },
  {
    kind: 'unit',
    name: '昌吉市人民政府中山路街道办事处',
    region: '新疆维吾尔自治区昌吉回族自治州昌吉市',
    creditCodeBase: '11652301010304050',
    contactName: '古丽',
    contactPhone: '0994-2233445',
    users: [
      { email: 'admin@zsl.demo', displayName: '刘强', roles: ['unit_admin'] },
      { email: 'liaison@zsl.demo', displayName: '古丽', roles: ['liaison'] },
      { email: 'head@zsl.demo', displayName: '张伟', roles: ['head'] },
    ],
  },
  {
    kind: 'unit',
    name: '昌吉市人民政府宁边路街道办事处',
    region: '新疆维吾尔自治区昌吉回族自治州昌吉市',
    creditCodeBase: '11652301010405060',
    contactName: '何静',
    contactPhone: '0994-2556677',
    users: [
      { email: 'admin@nbl.demo', displayName: '王磊', roles: ['unit_admin'] },
      { email: 'liaison@nbl.demo', displayName: '何静', roles: ['liaison'] },
      { email: 'head@nbl.demo', displayName: '阿不都', roles: ['head'] },
    ],
  },
];
