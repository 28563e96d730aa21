/** One entry of a standard request list: what is asked and why. */
export interface StandardRequest {
  title: string;
  reason: string;
  required: boolean;
}

/**
 * 部门整体支出绩效评价资料清单: what a firm asks every department for (seed reports §二 工作过程 and the
 * evidence their indicator tables cite). The team starts from it and adapts it.
 */
export const DEPARTMENT_REQUEST_LIST: readonly StandardRequest[] = [
  {
    title: '部门职责及“三定”方案',
    reason: '了解部门职能、机构设置与人员编制（部门概况、职责履行）',
    required: true,
  },
  { title: '年度工作计划及工作总结', reason: '核对年度工作任务与完成情况（重点工作完成率）', required: true },
  {
    title: '年度部门预算批复文件',
    reason: '核实年初预算、预算编制与资金分配（预算编制科学性）',
    required: true,
  },
  { title: '预算调整及追加批复文件', reason: '计算预算调整率，核实调整程序', required: true },
  { title: '年度部门决算报表', reason: '核实实际支出、预算执行率、结转结余（财务管理指标）', required: true },
  { title: '“三公”经费预算及支出明细', reason: '计算“三公”经费控制率', required: true },
  { title: '政府采购预算、计划及执行资料', reason: '核实政府采购执行率与采购程序合规性', required: true },
  { title: '资产管理制度及资产清查资料', reason: '核实资产管理安全性、固定资产利用率', required: true },
  {
    title: '内部控制制度（财务、资产、合同、采购等）',
    reason: '评价制度健全性与执行有效性（管理制度健全性）',
    required: true,
  },
  { title: '部门整体绩效目标申报表', reason: '核对绩效目标的完整性、明确性与合理性', required: true },
  { title: '部门整体支出绩效自评报告', reason: '了解单位自评情况与自评结果', required: true },
  {
    title: '项目资料（项目立项、实施方案、验收及支出明细）',
    reason: '核实项目实施与产出情况',
    required: true,
  },
  { title: '绩效运行监控资料', reason: '核实绩效监控开展情况', required: false },
  { title: '以前年度绩效评价及审计、巡察发现问题整改资料', reason: '核实问题整改落实情况', required: false },
  { title: '满意度调查相关资料', reason: '满意度指标的依据（问卷发放、回收情况）', required: false },
];
