import type { Framework } from '../framework.model';
import {
  BUDGET_ADJUSTMENT_RATE,
  CARRYOVER_RATE,
  FIXED_ASSET_UTILISATION_RATE,
  BUDGET_EXECUTION_RATE,
} from './common-measures';

/**
 * 曹家湾人民政府 2023 年部门整体绩效评价（陕西永元会计师事务所有限公司，交换意见稿，2024 年 6 月 20 日，
 * 98 分，优）: the indicator system of its 附件1 打分表, transcribed from the table (names, weights, and
 * each 赋分值 row's 评分标准; the table has no 指标解释 column). A third-level indicator with several 赋分值
 * rows has one scoring point (level 4) per row; its own standard is the rows' texts, one per line.
 * Choices and the report's contradictions are documented in docs/seed-findings.md ("Seed 2"):
 *
 * - Text normalised only where the extraction broke it: rows split over a page break are joined, `<br>`
 *   is a line break, the LaTeX rendering of "(指标值-(60%))/((100%)-(60%)) × 赋分值" in the first two
 *   支付进度率 rows is written as the other rows write it, and markdown `*` around the unfilled template
 *   placeholders "〈计算公式〉/〈得分公式〉" is dropped. Indicator names use the full-width comma of the body
 *   text (the table mixes "," and "，" for the same names); 3.1.2's name is garbled over a page break in
 *   the table and is taken from the body (§四(三)1(2)).
 * - "每发现一项不完备的，扣25%分值，扣完为止" is read per 赋分值 row: 25% of that row's points per finding.
 * - Every quantitative indicator uses the same "(指标值-(60%))/((100%)-(60%))×赋分值" formula as written,
 *   including 预算调整率, 结转结余率 and the two 变动率 where a lower value is better: encoded as written
 *   (linear, 0 at 60%, full at 100%).
 * - 2.3.2 资产管理安全性: five rows of 0.4 (= 2); the table has a sixth, empty 0.4 row with no text,
 *   no finding and no score, left out.
 */

export const CAOJIAWAN_2023_FRAMEWORK: Framework = {
  key: 'caojiawan-2023',
  name: '曹家湾人民政府2023年部门整体绩效评价指标体系',
  totalWeight: '100',
  indicators: [
    {
      id: '1',
      name: '投入指标',
      weight: '9',
      children: [
        {
          id: '1.1',
          name: '目标设定',
          weight: '3',
          children: [
            {
              id: '1.1.1',
              name: '绩效目标合理性',
              weight: '1.5',
              standard:
                '①符合国家法律法规、国民经济和社会发展总体规划；每发现一项不完备的，扣 25%分值，扣完为止。\n②符合部门“三定”方案确定的职责；每发现一项不完备的，扣 25%分值，扣完为止。\n③符合部门制定的中长期实施规划。每发现一项不完备的，扣 25%分值，扣完为止。',
              children: [
                {
                  id: '1.1.1.1',
                  name: '符合国家法律法规、国民经济和社会发展总体规划',
                  weight: '0.5',
                  standard:
                    '①符合国家法律法规、国民经济和社会发展总体规划；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '1.1.1.2',
                  name: '符合部门“三定”方案确定的职责',
                  weight: '0.5',
                  standard: '②符合部门“三定”方案确定的职责；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '1.1.1.3',
                  name: '符合部门制定的中长期实施规划',
                  weight: '0.5',
                  standard: '③符合部门制定的中长期实施规划。每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
              ],
            },
            {
              id: '1.1.2',
              name: '绩效指标明确性',
              weight: '1.5',
              standard:
                '①将部门整体的绩效目标细化分解为具体的工作任务；每发现一项不完备的，扣 25%分值，扣完为止。\n②通过清晰、可衡量的定性指标值予以体现；每发现一项不完备的，扣 25%分值，扣完为止。\n③与本年度部门预算资金相匹配。每发现一项不完备的，扣 25%分值，扣完为止。',
              children: [
                {
                  id: '1.1.2.1',
                  name: '将部门整体的绩效目标细化分解为具体的工作任务',
                  weight: '0.5',
                  standard:
                    '①将部门整体的绩效目标细化分解为具体的工作任务；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '1.1.2.2',
                  name: '通过清晰、可衡量的定性指标值予以体现',
                  weight: '0.5',
                  standard:
                    '②通过清晰、可衡量的定性指标值予以体现；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '1.1.2.3',
                  name: '与本年度部门预算资金相匹配',
                  weight: '0.5',
                  standard: '③与本年度部门预算资金相匹配。每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
              ],
            },
          ],
        },
        {
          id: '1.2',
          name: '预算配置',
          weight: '6',
          children: [
            {
              id: '1.2.1',
              name: '预算编制合理性',
              weight: '2',
              standard:
                '部门预算收入需应编尽编，部门依法取得的收入要按照规定编入部门综合预算；每发现一项不完备的，扣 25%分值，扣完为止。\n部门预算编列预算科目准确，专项业务费细化、分类填报准确；每发现一项不完备的，扣25%分值，扣完为止。\n预算所需资金与对应履职业务匹配，资金测算准确，有明确依据；每发现一项不完备的，扣25%分值，扣完为止。\n预算编制细化到功能分类项级科目和经济分类款级科目。每发现一项不完备的，扣25%分值，扣完为止。',
              children: [
                {
                  id: '1.2.1.1',
                  name: '部门预算收入需应编尽编，部门依法取得的收入要按照规定编入部门综合预算',
                  weight: '0.5',
                  standard:
                    '部门预算收入需应编尽编，部门依法取得的收入要按照规定编入部门综合预算；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '1.2.1.2',
                  name: '部门预算编列预算科目准确，专项业务费细化、分类填报准确',
                  weight: '0.5',
                  standard:
                    '部门预算编列预算科目准确，专项业务费细化、分类填报准确；每发现一项不完备的，扣25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '1.2.1.3',
                  name: '预算所需资金与对应履职业务匹配，资金测算准确，有明确依据',
                  weight: '0.5',
                  standard:
                    '预算所需资金与对应履职业务匹配，资金测算准确，有明确依据；每发现一项不完备的，扣25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '1.2.1.4',
                  name: '预算编制细化到功能分类项级科目和经济分类款级科目',
                  weight: '0.5',
                  standard:
                    '预算编制细化到功能分类项级科目和经济分类款级科目。每发现一项不完备的，扣25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
              ],
            },
            {
              id: '1.2.2',
              name: '在职人员控制率',
              weight: '2',
              standard:
                '在职人员控制率=（在职人员数/编制数）×100%。在职人员数：部门（单位）实际在职人数，以财政部确定的部门决算编制口径为准。编制数：机构编制部门核定批复的部门（单位）的人员编制数。（指标值-（60%））/（（100%）-（60%））×赋分值。',
              rule: {
                kind: 'linear',
                source: {
                  measure: 'staffing_control_rate',
                },
                zeroAt: 0.6,
                fullAt: 1,
              },
            },
            {
              id: '1.2.3',
              name: '重点支出安排率',
              weight: '2',
              standard:
                '重点支出安排率=（重点项目支出/项目总支出）×100%。重点项目支出：部门（单位）年度预算安排的，与本部门履职和发展密切相关、具有明显社会和经济影响、党委政府关心或社会比较关注的项目支出总额。项目总支出：部门（单位）年度预算安排的项目支出总额。（指标值-（60%））/（（100%）-（60%））×赋分值。',
              rule: {
                kind: 'linear',
                source: {
                  measure: 'key_expenditure_rate',
                },
                zeroAt: 0.6,
                fullAt: 1,
              },
            },
          ],
        },
      ],
    },
    {
      id: '2',
      name: '过程指标',
      weight: '31',
      children: [
        {
          id: '2.1',
          name: '预算执行',
          weight: '20',
          children: [
            {
              id: '2.1.1',
              name: '基本支出预算执行率',
              weight: '2',
              standard:
                '预算完成率=（基本支出决算支出数/基本支出调整预算数）×100%。\n基本支出决算支出数：部门（单位）本年度实际完成的基本支出数。\n基本支出调整预算数：财政部门批复的本年度部门（单位）追加调减后的基本支出调整预算数。（指标值-（60%））/（（100%）-（60%））× 赋分值。',
              rule: {
                kind: 'linear',
                source: {
                  measure: 'basic_execution_rate',
                },
                zeroAt: 0.6,
                fullAt: 1,
              },
            },
            {
              id: '2.1.2',
              name: '项目支出预算执行率',
              weight: '2',
              standard:
                '预算完成率=（项目支出决算支出数/项目支出调整预算数）×100%。\n项目支出决算支出数：部门（单位）本年度实际完成的项目支出数。\n项目支出调整预算数：财政部门批复的本年度部门（单位）追加调减后的项目支出调整预算数。（指标值-（60%））/（（100%）-（60%））× 赋分值。',
              rule: {
                kind: 'linear',
                source: {
                  measure: 'project_execution_rate',
                },
                zeroAt: 0.6,
                fullAt: 1,
              },
            },
            {
              id: '2.1.3',
              name: '预算调整率',
              weight: '2',
              standard:
                '预算调整率=（预算调整数/预算数）×100%。\n预算调整数：部门（单位）在本年度内涉及预算的追加、追减或结构调整的资金总和（因落实国家政策、发生不可抗力、上级部门或本级党委政府临时交办而产生的调整除外）。（指标值-（60%））/（（100%）-（60%））× 赋分值。',
              rule: {
                kind: 'linear',
                source: {
                  measure: 'budget_adjustment_rate',
                },
                zeroAt: 0.6,
                fullAt: 1,
              },
            },
            {
              id: '2.1.4',
              name: '支付进度率',
              weight: '2',
              standard:
                '一季度支付进度率=（一季度实际支付进度/一季度既定支付进度）×100%。一季度实际支付进度：部门（单位）在某一时点的支出预算执行总数与年度支出预算数的比率。一季度既定支付进度：由部门（单位）在申报部门绩效目标时，参照以3月为时点平均支付进度水平等确定的，在某一时点应达到的支付进度（比率）。(指标值-(60%))/((100%)-(60%)) × 赋分值。\n二季度支付进度率=（二季度实际支付进度/二季度既定支付进度）×100%。二季度实际支付进度：部门（单位）在某一时点的支出预算执行总数与年度支出预算数的比率。二季度既定支付进度：由部门（单位）在申报部门绩效目标时，参照以6月为时点平均支付进度水平等确定的，在某一时点应达到的支付进度（比率）。(指标值-(60%))/((100%)-(60%)) × 赋分值。\n三季度支付进度率=（三季度实际支付进度/三季度既定支付进度）×100%。三季度实际支付进度：部门（单位）在某一时点的支出预算执行总数与年度支出预算数的比率。三季度既定支付进度：由部门（单位）在申报部门绩效目标时，参照以9月为时点平均支付进度水平等确定的，在某一时刻应达到的支付进度(比率)。(指标值-(60%))/((100%)-(60%)) × 赋分值。\n四季度支付进度率=(四季度实际支付进度/四季度既定支付进度) × 100%。四季度实际支付进度：部门(单位)在某一时刻的支出预算执行总数与年度支出预算数的比率。四季度既定支付进度：由部门(单位)在申报部门绩效目标时，参照以11月或12月为时刻平均支付进度水平等确定的，在某一时刻应达到的支付进度(比率)。(指标值-(60%))/((100%)-(60%)) × 赋分值。',
              children: [
                {
                  id: '2.1.4.1',
                  name: '一季度支付进度率',
                  weight: '0.5',
                  standard:
                    '一季度支付进度率=（一季度实际支付进度/一季度既定支付进度）×100%。一季度实际支付进度：部门（单位）在某一时点的支出预算执行总数与年度支出预算数的比率。一季度既定支付进度：由部门（单位）在申报部门绩效目标时，参照以3月为时点平均支付进度水平等确定的，在某一时点应达到的支付进度（比率）。(指标值-(60%))/((100%)-(60%)) × 赋分值。',
                  rule: {
                    kind: 'linear',
                    source: {
                      measure: 'payment_progress_q1',
                    },
                    zeroAt: 0.6,
                    fullAt: 1,
                  },
                },
                {
                  id: '2.1.4.2',
                  name: '二季度支付进度率',
                  weight: '0.5',
                  standard:
                    '二季度支付进度率=（二季度实际支付进度/二季度既定支付进度）×100%。二季度实际支付进度：部门（单位）在某一时点的支出预算执行总数与年度支出预算数的比率。二季度既定支付进度：由部门（单位）在申报部门绩效目标时，参照以6月为时点平均支付进度水平等确定的，在某一时点应达到的支付进度（比率）。(指标值-(60%))/((100%)-(60%)) × 赋分值。',
                  rule: {
                    kind: 'linear',
                    source: {
                      measure: 'payment_progress_q2',
                    },
                    zeroAt: 0.6,
                    fullAt: 1,
                  },
                },
                {
                  id: '2.1.4.3',
                  name: '三季度支付进度率',
                  weight: '0.5',
                  standard:
                    '三季度支付进度率=（三季度实际支付进度/三季度既定支付进度）×100%。三季度实际支付进度：部门（单位）在某一时点的支出预算执行总数与年度支出预算数的比率。三季度既定支付进度：由部门（单位）在申报部门绩效目标时，参照以9月为时点平均支付进度水平等确定的，在某一时刻应达到的支付进度(比率)。(指标值-(60%))/((100%)-(60%)) × 赋分值。',
                  rule: {
                    kind: 'linear',
                    source: {
                      measure: 'payment_progress_q3',
                    },
                    zeroAt: 0.6,
                    fullAt: 1,
                  },
                },
                {
                  id: '2.1.4.4',
                  name: '四季度支付进度率',
                  weight: '0.5',
                  standard:
                    '四季度支付进度率=(四季度实际支付进度/四季度既定支付进度) × 100%。四季度实际支付进度：部门(单位)在某一时刻的支出预算执行总数与年度支出预算数的比率。四季度既定支付进度：由部门(单位)在申报部门绩效目标时，参照以11月或12月为时刻平均支付进度水平等确定的，在某一时刻应达到的支付进度(比率)。(指标值-(60%))/((100%)-(60%)) × 赋分值。',
                  rule: {
                    kind: 'linear',
                    source: {
                      measure: 'payment_progress_q4',
                    },
                    zeroAt: 0.6,
                    fullAt: 1,
                  },
                },
              ],
            },
            {
              id: '2.1.5',
              name: '结转结余率',
              weight: '2',
              standard:
                '结转结余率=结转结余总额/支出预算数 × 100%。结转结余总额：部门(单位)本年度的结转资金与结余资金之和(以决算数为准)。(指标值-(60%))/((100%)-(60%)) × 赋分值。',
              rule: {
                kind: 'linear',
                source: {
                  measure: 'carryover_rate',
                },
                zeroAt: 0.6,
                fullAt: 1,
              },
            },
            {
              id: '2.1.6',
              name: '结转结余变动率',
              weight: '2',
              standard:
                '结转结余变动率=[(本年度累计结转结余资金总额-上年度累计结转结余资金总额)/上年度累计结转结余资金总额] × 100%。(指标值-(60%))/((100%)-(60%)) × 赋分值。',
              rule: {
                kind: 'linear',
                source: {
                  measure: 'carryover_change_rate',
                },
                zeroAt: 0.6,
                fullAt: 1,
              },
            },
            {
              id: '2.1.7',
              name: '公用经费控制率',
              weight: '2',
              standard:
                '公用经费控制率=（实际支出公用经费总额/预算安排公用经费总额）×100%。（指标值-（60%））/（（100%）-（60%））× 赋分值。',
              rule: {
                kind: 'linear',
                source: {
                  measure: 'public_funds_control_rate',
                },
                zeroAt: 0.6,
                fullAt: 1,
              },
            },
            {
              id: '2.1.8',
              name: '“三公经费”控制率',
              weight: '2',
              standard:
                '“三公经费”控制率=（“三公经费”实际支出数/“三公经费”预算安排数）×100%。（指标值-（60%））/（（100%）-（60%））× 赋分值。',
              rule: {
                kind: 'linear',
                source: {
                  measure: 'three_public_control_rate',
                },
                zeroAt: 0.6,
                fullAt: 1,
              },
            },
            {
              id: '2.1.9',
              name: '“三公经费”变动率',
              weight: '2',
              standard:
                '“三公经费”变动率=[（本年度“三公经费”总额-上年度“三公经费”总额）/上年度“三公经费”总额]×100%。\n“三公经费”：年度预算安排的因公出国（境）费、公务车辆购置及运行费和公务招待费。（指标值-（60%））/（（100%）-（60%））× 赋分值。',
              rule: {
                kind: 'linear',
                source: {
                  measure: 'three_public_change_rate',
                },
                zeroAt: 0.6,
                fullAt: 1,
              },
            },
            {
              id: '2.1.10',
              name: '政府采购执行率',
              weight: '2',
              standard:
                '政府采购执行率=（实际政府采购金额/政府采购预算数）×100%；政府采购预算：采购机关根据事业发展计划和行政任务编制的、并经过规定程序批准的年度政府采购计划。（指标值-（60%））/（（100%）-（60%））× 赋分值。',
              rule: {
                kind: 'linear',
                source: {
                  measure: 'procurement_execution_rate',
                },
                zeroAt: 0.6,
                fullAt: 1,
              },
            },
          ],
        },
        {
          id: '2.2',
          name: '预算管理',
          weight: '5.5',
          children: [
            {
              id: '2.2.1',
              name: '管理制度健全性',
              weight: '1.5',
              standard:
                '①已制定或具有预算资金管理办法、财务管理制度、预算绩效管理、会计核算制度及内控制度等管理制度；每发现一项不完备的，扣25%分值，扣完为止。\n②相关管理制度合法、合规、完整；每发现一项不完备的，扣 25%分值，扣完为止。\n③相关管理制度有效执行。每发现一项不完备的，扣 25%分值，扣完为止。',
              children: [
                {
                  id: '2.2.1.1',
                  name: '已制定或具有预算资金管理办法、财务管理制度、预算绩效管理、会计核算制度及内控制度等管理制度',
                  weight: '0.5',
                  standard:
                    '①已制定或具有预算资金管理办法、财务管理制度、预算绩效管理、会计核算制度及内控制度等管理制度；每发现一项不完备的，扣25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '2.2.1.2',
                  name: '相关管理制度合法、合规、完整',
                  weight: '0.5',
                  standard: '②相关管理制度合法、合规、完整；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '2.2.1.3',
                  name: '相关管理制度有效执行',
                  weight: '0.5',
                  standard: '③相关管理制度有效执行。每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
              ],
            },
            {
              id: '2.2.2',
              name: '资金使用合规性',
              weight: '2.5',
              standard:
                '①符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定；每发现一项不完备的，扣 25%分值，扣完为止。\n②资金的拨付有完整的审批程序和手续；每发现一项不完备的，扣 25%分值，扣完为止。\n③项目的重大开支经过评估论证；每发现一项不完备的，扣 25%分值，扣完为止。\n④符合部门预算批复的用途；每发现一项不完备的，扣 25%分值，扣完为止。\n⑤不存在截留、挤占、挪用、虚列支出等情况。每发现一项不完备的，扣 25%分值，扣完为止。',
              children: [
                {
                  id: '2.2.2.1',
                  name: '符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定',
                  weight: '0.5',
                  standard:
                    '①符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '2.2.2.2',
                  name: '资金的拨付有完整的审批程序和手续',
                  weight: '0.5',
                  standard: '②资金的拨付有完整的审批程序和手续；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '2.2.2.3',
                  name: '项目的重大开支经过评估论证',
                  weight: '0.5',
                  standard: '③项目的重大开支经过评估论证；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '2.2.2.4',
                  name: '符合部门预算批复的用途',
                  weight: '0.5',
                  standard: '④符合部门预算批复的用途；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '2.2.2.5',
                  name: '不存在截留、挤占、挪用、虚列支出等情况',
                  weight: '0.5',
                  standard:
                    '⑤不存在截留、挤占、挪用、虚列支出等情况。每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
              ],
            },
            {
              id: '2.2.3',
              name: '预决算信息公开性',
              weight: '1.5',
              standard:
                '①按规定内容公开预决算信息；每发现一项不完备的，扣 25%分值，扣完为止。\n②按规定时限公开预决算信息。每发现一项不完备的，扣 25%分值，扣完为止。\n③财政或部门绩效评价报告等部门预算绩效管理相关信息公开。每发现一项不完备的，扣 25%分值，扣完为止。',
              children: [
                {
                  id: '2.2.3.1',
                  name: '按规定内容公开预决算信息',
                  weight: '0.5',
                  standard: '①按规定内容公开预决算信息；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '2.2.3.2',
                  name: '按规定时限公开预决算信息',
                  weight: '0.5',
                  standard: '②按规定时限公开预决算信息。每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '2.2.3.3',
                  name: '财政或部门绩效评价报告等部门预算绩效管理相关信息公开',
                  weight: '0.5',
                  standard:
                    '③财政或部门绩效评价报告等部门预算绩效管理相关信息公开。每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
              ],
            },
          ],
        },
        {
          id: '2.3',
          name: '资产管理',
          weight: '5.5',
          children: [
            {
              id: '2.3.1',
              name: '管理制度健全性',
              weight: '1.5',
              standard:
                '①已制定或具有资产管理制度；每发现一项不完备的，扣 25%分值，扣完为止。\n②相关资金管理制度合法、合规、完整；每发现一项不完备的，扣 25%分值，扣完为止。\n③相关资产管理制度得到有效执行。每发现一项不完备的，扣 25%分值，扣完为止。',
              children: [
                {
                  id: '2.3.1.1',
                  name: '已制定或具有资产管理制度',
                  weight: '0.5',
                  standard: '①已制定或具有资产管理制度；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '2.3.1.2',
                  name: '相关资金管理制度合法、合规、完整',
                  weight: '0.5',
                  standard: '②相关资金管理制度合法、合规、完整；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
                {
                  id: '2.3.1.3',
                  name: '相关资产管理制度得到有效执行',
                  weight: '0.5',
                  standard: '③相关资产管理制度得到有效执行。每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.125',
                  },
                },
              ],
            },
            {
              id: '2.3.2',
              name: '资产管理安全性',
              weight: '2',
              standard:
                '①资产保存完整；每发现一项不完备的，扣 25%分值，扣完为止。\n②资产配置合理；每发现一项不完备的，扣 25%分值，扣完为止。\n③资产处置规范；每发现一项不完备的，扣 25%分值，扣完为止。\n④资产账务管理合规，帐实相符；每发现一项不完备的，扣 25%分值，扣完为止。\n⑤资产有偿使用及处置收入及时足额上缴。每发现一项不完备的，扣 25%分值，扣完为止。',
              children: [
                {
                  id: '2.3.2.1',
                  name: '资产保存完整',
                  weight: '0.4',
                  standard: '①资产保存完整；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.1',
                  },
                },
                {
                  id: '2.3.2.2',
                  name: '资产配置合理',
                  weight: '0.4',
                  standard: '②资产配置合理；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.1',
                  },
                },
                {
                  id: '2.3.2.3',
                  name: '资产处置规范',
                  weight: '0.4',
                  standard: '③资产处置规范；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.1',
                  },
                },
                {
                  id: '2.3.2.4',
                  name: '资产账务管理合规，帐实相符',
                  weight: '0.4',
                  standard: '④资产账务管理合规，帐实相符；每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.1',
                  },
                },
                {
                  id: '2.3.2.5',
                  name: '资产有偿使用及处置收入及时足额上缴',
                  weight: '0.4',
                  standard: '⑤资产有偿使用及处置收入及时足额上缴。每发现一项不完备的，扣 25%分值，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.1',
                  },
                },
              ],
            },
            {
              id: '2.3.3',
              name: '固定资产利用率',
              weight: '2',
              standard:
                '固定资产利用率=（实际在用固定资产总额/所有固定资产总额）×100%。（指标值-（60%））/（（100%）-（60%））× 赋分值。',
              rule: {
                kind: 'linear',
                source: {
                  measure: 'fixed_asset_utilisation_rate',
                },
                zeroAt: 0.6,
                fullAt: 1,
              },
            },
          ],
        },
      ],
    },
    {
      id: '3',
      name: '产出指标',
      weight: '48',
      children: [
        {
          id: '3.1',
          name: '数量指标',
          weight: '14',
          children: [
            {
              id: '3.1.1',
              name: '强化公共服务，着力改善民生实际完成率',
              weight: '6',
              standard:
                '组织开展农村基础设施建设,完成8个村两馆一站免费开放补助,完成4个村的乡村振兴、文化广场及设施、标准化厂房项目建设:按照按评判等级赋分得出指标值,按照达成目标得100%分,基本达成目标得75%分,部分实现目标得50%分,实现程度较低得25%分,实现程度低得0%分得分。\n整治提升人居环境,完成18个村人居环境整治,2个村公益事业建设一事一议:按照按评判等级赋分得出指标值,按照达成目标得100%分,基本达成目标得75%分,部分实现目标得50%分,实现程度较低得25%分,实现程度低得0%分得分。\n完善农村公共服务,完成24个村公共文化服务体系建设:按照按评判等级赋分得出指标值,按照达成目标得100%分,基本达成目标得75%分,部分实现目标得50%分,实现程度较低得25%分,实现程度低得0%分得分。',
              children: [
                {
                  id: '3.1.1.1',
                  name: '组织开展农村基础设施建设，完成8个村两馆一站免费开放补助，完成4个村的乡村振兴、文化广场及设施、标准化厂房项目建设',
                  weight: '2',
                  standard:
                    '组织开展农村基础设施建设,完成8个村两馆一站免费开放补助,完成4个村的乡村振兴、文化广场及设施、标准化厂房项目建设:按照按评判等级赋分得出指标值,按照达成目标得100%分,基本达成目标得75%分,部分实现目标得50%分,实现程度较低得25%分,实现程度低得0%分得分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'achieved',
                        label: '达成目标',
                        rate: '1',
                      },
                      {
                        key: 'mostly_achieved',
                        label: '基本达成目标',
                        rate: '0.75',
                      },
                      {
                        key: 'partly_achieved',
                        label: '部分实现目标',
                        rate: '0.5',
                      },
                      {
                        key: 'low',
                        label: '实现程度较低',
                        rate: '0.25',
                      },
                      {
                        key: 'very_low',
                        label: '实现程度低',
                        rate: '0',
                      },
                    ],
                  },
                },
                {
                  id: '3.1.1.2',
                  name: '整治提升人居环境，完成18个村人居环境整治，2个村公益事业建设一事一议',
                  weight: '2',
                  standard:
                    '整治提升人居环境,完成18个村人居环境整治,2个村公益事业建设一事一议:按照按评判等级赋分得出指标值,按照达成目标得100%分,基本达成目标得75%分,部分实现目标得50%分,实现程度较低得25%分,实现程度低得0%分得分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'achieved',
                        label: '达成目标',
                        rate: '1',
                      },
                      {
                        key: 'mostly_achieved',
                        label: '基本达成目标',
                        rate: '0.75',
                      },
                      {
                        key: 'partly_achieved',
                        label: '部分实现目标',
                        rate: '0.5',
                      },
                      {
                        key: 'low',
                        label: '实现程度较低',
                        rate: '0.25',
                      },
                      {
                        key: 'very_low',
                        label: '实现程度低',
                        rate: '0',
                      },
                    ],
                  },
                },
                {
                  id: '3.1.1.3',
                  name: '完善农村公共服务，完成24个村公共文化服务体系建设',
                  weight: '2',
                  standard:
                    '完善农村公共服务,完成24个村公共文化服务体系建设:按照按评判等级赋分得出指标值,按照达成目标得100%分,基本达成目标得75%分,部分实现目标得50%分,实现程度较低得25%分,实现程度低得0%分得分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'achieved',
                        label: '达成目标',
                        rate: '1',
                      },
                      {
                        key: 'mostly_achieved',
                        label: '基本达成目标',
                        rate: '0.75',
                      },
                      {
                        key: 'partly_achieved',
                        label: '部分实现目标',
                        rate: '0.5',
                      },
                      {
                        key: 'low',
                        label: '实现程度较低',
                        rate: '0.25',
                      },
                      {
                        key: 'very_low',
                        label: '实现程度低',
                        rate: '0',
                      },
                    ],
                  },
                },
              ],
            },
            {
              id: '3.1.2',
              name: '加强社会管理，维护农村稳定实际完成率',
              weight: '4',
              standard:
                '应急物资储备项目,完成8个村应急物资储备:按照按评判等级赋分得出指标值,按照达成目标得100%分,基本达成目标得75%分,部分实现目标得 50%分，实现程度较低得 25%分，实现程度低得 0%分得分。',
              rule: {
                kind: 'levels',
                levels: [
                  {
                    key: 'achieved',
                    label: '达成目标',
                    rate: '1',
                  },
                  {
                    key: 'mostly_achieved',
                    label: '基本达成目标',
                    rate: '0.75',
                  },
                  {
                    key: 'partly_achieved',
                    label: '部分实现目标',
                    rate: '0.5',
                  },
                  {
                    key: 'low',
                    label: '实现程度较低',
                    rate: '0.25',
                  },
                  {
                    key: 'very_low',
                    label: '实现程度低',
                    rate: '0',
                  },
                ],
              },
            },
            {
              id: '3.1.3',
              name: '促进经济发展，增加农民收入实际完成率',
              weight: '4',
              standard:
                '促进民营经济发展，完成发放烤烟生产扶持资金及烤烟产值返还奖励金、种烟先进户及建档立卡贫困户种烟补贴：按照按评判等级赋分得出指标值，按照达成目标得 100%分，基本达成目标得 75%分，部分实现目标得 50%分，实现程度较低得 25%分，实现程度低得 0%分得分。',
              rule: {
                kind: 'levels',
                levels: [
                  {
                    key: 'achieved',
                    label: '达成目标',
                    rate: '1',
                  },
                  {
                    key: 'mostly_achieved',
                    label: '基本达成目标',
                    rate: '0.75',
                  },
                  {
                    key: 'partly_achieved',
                    label: '部分实现目标',
                    rate: '0.5',
                  },
                  {
                    key: 'low',
                    label: '实现程度较低',
                    rate: '0.25',
                  },
                  {
                    key: 'very_low',
                    label: '实现程度低',
                    rate: '0',
                  },
                ],
              },
            },
          ],
        },
        {
          id: '3.2',
          name: '质量指标',
          weight: '14',
          children: [
            {
              id: '3.2.1',
              name: '强化公共服务，着力改善民生质量合格率',
              weight: '6',
              standard:
                '组织开展农村基础设施建设，补助发放准确，工程质量达标：按照按评判等级赋分得出指标值，按照达成目标得 100%分，基本达成目标得 75%分，部分实现目标得 50%分，实现程度较低得 25%分，实现程度低得 0%分得分。\n整治提升人居环境，质量达标 100%：按照按评判等级赋分得出指标值，按照达成目标得 100%分，基本达成目标得 75%分，部分实现目标得 50%分，实现程度较低得 25%分，实现程度低得 0%分得分。\n完善农村公共服务，质量合格率 100%：按照按评判等级赋分得出指标值，按照达成目标得 100%分，基本达成目标得 75%分，部分实现目标得 50%分，实现程度较低得 25%分，实现程度低得 0%分得分。',
              children: [
                {
                  id: '3.2.1.1',
                  name: '组织开展农村基础设施建设，补助发放准确，工程质量达标',
                  weight: '2',
                  standard:
                    '组织开展农村基础设施建设，补助发放准确，工程质量达标：按照按评判等级赋分得出指标值，按照达成目标得 100%分，基本达成目标得 75%分，部分实现目标得 50%分，实现程度较低得 25%分，实现程度低得 0%分得分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'achieved',
                        label: '达成目标',
                        rate: '1',
                      },
                      {
                        key: 'mostly_achieved',
                        label: '基本达成目标',
                        rate: '0.75',
                      },
                      {
                        key: 'partly_achieved',
                        label: '部分实现目标',
                        rate: '0.5',
                      },
                      {
                        key: 'low',
                        label: '实现程度较低',
                        rate: '0.25',
                      },
                      {
                        key: 'very_low',
                        label: '实现程度低',
                        rate: '0',
                      },
                    ],
                  },
                },
                {
                  id: '3.2.1.2',
                  name: '整治提升人居环境，质量达标 100%',
                  weight: '2',
                  standard:
                    '整治提升人居环境，质量达标 100%：按照按评判等级赋分得出指标值，按照达成目标得 100%分，基本达成目标得 75%分，部分实现目标得 50%分，实现程度较低得 25%分，实现程度低得 0%分得分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'achieved',
                        label: '达成目标',
                        rate: '1',
                      },
                      {
                        key: 'mostly_achieved',
                        label: '基本达成目标',
                        rate: '0.75',
                      },
                      {
                        key: 'partly_achieved',
                        label: '部分实现目标',
                        rate: '0.5',
                      },
                      {
                        key: 'low',
                        label: '实现程度较低',
                        rate: '0.25',
                      },
                      {
                        key: 'very_low',
                        label: '实现程度低',
                        rate: '0',
                      },
                    ],
                  },
                },
                {
                  id: '3.2.1.3',
                  name: '完善农村公共服务，质量合格率 100%',
                  weight: '2',
                  standard:
                    '完善农村公共服务，质量合格率 100%：按照按评判等级赋分得出指标值，按照达成目标得 100%分，基本达成目标得 75%分，部分实现目标得 50%分，实现程度较低得 25%分，实现程度低得 0%分得分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'achieved',
                        label: '达成目标',
                        rate: '1',
                      },
                      {
                        key: 'mostly_achieved',
                        label: '基本达成目标',
                        rate: '0.75',
                      },
                      {
                        key: 'partly_achieved',
                        label: '部分实现目标',
                        rate: '0.5',
                      },
                      {
                        key: 'low',
                        label: '实现程度较低',
                        rate: '0.25',
                      },
                      {
                        key: 'very_low',
                        label: '实现程度低',
                        rate: '0',
                      },
                    ],
                  },
                },
              ],
            },
            {
              id: '3.2.2',
              name: '加强社会管理，维护农村稳定质量合格率',
              weight: '4',
              standard:
                '应急物资储备项目,8个村应急物资储备发放准确:按照按评判等级赋分得出指标值,按照达成目标得 100%分,基本达成目标得 75%分,部分实现目标得 50%分,实现程度较低得 25%分,实现程度低得 0%分得分。',
              rule: {
                kind: 'levels',
                levels: [
                  {
                    key: 'achieved',
                    label: '达成目标',
                    rate: '1',
                  },
                  {
                    key: 'mostly_achieved',
                    label: '基本达成目标',
                    rate: '0.75',
                  },
                  {
                    key: 'partly_achieved',
                    label: '部分实现目标',
                    rate: '0.5',
                  },
                  {
                    key: 'low',
                    label: '实现程度较低',
                    rate: '0.25',
                  },
                  {
                    key: 'very_low',
                    label: '实现程度低',
                    rate: '0',
                  },
                ],
              },
            },
            {
              id: '3.2.3',
              name: '促进经济发展，增加农民收入质量合格率',
              weight: '4',
              standard:
                '促进民营经济发展,种烟补贴发放准确:按照按评判等级赋分得出指标值,按照达成目标得 100%分,基本达成目标得 75%分,部分实现目标得 50%分,实现程度较低得 25%分,实现程度低得 0%分得分。',
              rule: {
                kind: 'levels',
                levels: [
                  {
                    key: 'achieved',
                    label: '达成目标',
                    rate: '1',
                  },
                  {
                    key: 'mostly_achieved',
                    label: '基本达成目标',
                    rate: '0.75',
                  },
                  {
                    key: 'partly_achieved',
                    label: '部分实现目标',
                    rate: '0.5',
                  },
                  {
                    key: 'low',
                    label: '实现程度较低',
                    rate: '0.25',
                  },
                  {
                    key: 'very_low',
                    label: '实现程度低',
                    rate: '0',
                  },
                ],
              },
            },
          ],
        },
        {
          id: '3.3',
          name: '时效指标',
          weight: '14',
          children: [
            {
              id: '3.3.1',
              name: '强化公共服务，着力改善民生完成及时率',
              weight: '6',
              standard:
                '组织开展农村基础设施建设,2023年度:按照按评判等级赋分得出指标值,按照达成目标得 100%分,基本达成目标得 75%分,部分实现目标得 50%分,实现程度较低得 25%分,实现程度低得 0%分得分。\n整治提升人居环境,2023年度:按照按评判等级赋分得出指标值,按照达成目标得 100%分,基本达成目标得 75%分,部分实现目标得 50%分,实现程度较低得 25%分,实现程度低得 0%分得分。\n完善农村公共服务，2023年度：按照按评判等级赋分得出指标值，按照达成目标得100分，基本达成目标得75分，部分实现目标得50分，实现程度较低得25分，实现程度低得0分得分。',
              children: [
                {
                  id: '3.3.1.1',
                  name: '组织开展农村基础设施建设，2023年度',
                  weight: '2',
                  standard:
                    '组织开展农村基础设施建设,2023年度:按照按评判等级赋分得出指标值,按照达成目标得 100%分,基本达成目标得 75%分,部分实现目标得 50%分,实现程度较低得 25%分,实现程度低得 0%分得分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'achieved',
                        label: '达成目标',
                        rate: '1',
                      },
                      {
                        key: 'mostly_achieved',
                        label: '基本达成目标',
                        rate: '0.75',
                      },
                      {
                        key: 'partly_achieved',
                        label: '部分实现目标',
                        rate: '0.5',
                      },
                      {
                        key: 'low',
                        label: '实现程度较低',
                        rate: '0.25',
                      },
                      {
                        key: 'very_low',
                        label: '实现程度低',
                        rate: '0',
                      },
                    ],
                  },
                },
                {
                  id: '3.3.1.2',
                  name: '整治提升人居环境，2023年度',
                  weight: '2',
                  standard:
                    '整治提升人居环境,2023年度:按照按评判等级赋分得出指标值,按照达成目标得 100%分,基本达成目标得 75%分,部分实现目标得 50%分,实现程度较低得 25%分,实现程度低得 0%分得分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'achieved',
                        label: '达成目标',
                        rate: '1',
                      },
                      {
                        key: 'mostly_achieved',
                        label: '基本达成目标',
                        rate: '0.75',
                      },
                      {
                        key: 'partly_achieved',
                        label: '部分实现目标',
                        rate: '0.5',
                      },
                      {
                        key: 'low',
                        label: '实现程度较低',
                        rate: '0.25',
                      },
                      {
                        key: 'very_low',
                        label: '实现程度低',
                        rate: '0',
                      },
                    ],
                  },
                },
                {
                  id: '3.3.1.3',
                  name: '完善农村公共服务，2023年度',
                  weight: '2',
                  standard:
                    '完善农村公共服务，2023年度：按照按评判等级赋分得出指标值，按照达成目标得100分，基本达成目标得75分，部分实现目标得50分，实现程度较低得25分，实现程度低得0分得分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'achieved',
                        label: '达成目标',
                        rate: '1',
                      },
                      {
                        key: 'mostly_achieved',
                        label: '基本达成目标',
                        rate: '0.75',
                      },
                      {
                        key: 'partly_achieved',
                        label: '部分实现目标',
                        rate: '0.5',
                      },
                      {
                        key: 'low',
                        label: '实现程度较低',
                        rate: '0.25',
                      },
                      {
                        key: 'very_low',
                        label: '实现程度低',
                        rate: '0',
                      },
                    ],
                  },
                },
              ],
            },
            {
              id: '3.3.2',
              name: '加强社会管理，维护农村稳定完成及时率',
              weight: '4',
              standard:
                '应急物资储备项目，2023年度：按照按评判等级赋分得出指标值，按照达成目标得100分，基本达成目标得75分，部分实现目标得50分，实现程度较低得25分，实现程度低得0分得分。',
              rule: {
                kind: 'levels',
                levels: [
                  {
                    key: 'achieved',
                    label: '达成目标',
                    rate: '1',
                  },
                  {
                    key: 'mostly_achieved',
                    label: '基本达成目标',
                    rate: '0.75',
                  },
                  {
                    key: 'partly_achieved',
                    label: '部分实现目标',
                    rate: '0.5',
                  },
                  {
                    key: 'low',
                    label: '实现程度较低',
                    rate: '0.25',
                  },
                  {
                    key: 'very_low',
                    label: '实现程度低',
                    rate: '0',
                  },
                ],
              },
            },
            {
              id: '3.3.3',
              name: '促进经济发展，增加农民收入完成及时率',
              weight: '4',
              standard:
                '促进民营经济发展，2023年度：按照按评判等级赋分得出指标值，按照达成目标得100分，基本达成目标得75分，部分实现目标得50分，实现程度较低得25分，实现程度低得0分得分。',
              rule: {
                kind: 'levels',
                levels: [
                  {
                    key: 'achieved',
                    label: '达成目标',
                    rate: '1',
                  },
                  {
                    key: 'mostly_achieved',
                    label: '基本达成目标',
                    rate: '0.75',
                  },
                  {
                    key: 'partly_achieved',
                    label: '部分实现目标',
                    rate: '0.5',
                  },
                  {
                    key: 'low',
                    label: '实现程度较低',
                    rate: '0.25',
                  },
                  {
                    key: 'very_low',
                    label: '实现程度低',
                    rate: '0',
                  },
                ],
              },
            },
          ],
        },
        {
          id: '3.4',
          name: '重点工作',
          weight: '6',
          children: [
            {
              id: '3.4.1',
              name: '重点工作办结情况',
              weight: '6',
              standard:
                '一、目标任务完成情况是否办结？按照是，否得出指标值，按照是得100分，否得0分得分。\n二、“三个年”活动开展情况是否办结？按照是，否得出指标值，按照是得100分，否得0分得分。\n三、聚力党的建设，夯实执政之基是否办结？按照是，否得出指标值，按照是得100分，否得0分得分。',
              children: [
                {
                  id: '3.4.1.1',
                  name: '目标任务完成情况是否办结',
                  weight: '2',
                  standard:
                    '一、目标任务完成情况是否办结？按照是，否得出指标值，按照是得100分，否得0分得分。',
                  rule: {
                    kind: 'yes_no',
                  },
                },
                {
                  id: '3.4.1.2',
                  name: '“三个年”活动开展情况是否办结',
                  weight: '2',
                  standard:
                    '二、“三个年”活动开展情况是否办结？按照是，否得出指标值，按照是得100分，否得0分得分。',
                  rule: {
                    kind: 'yes_no',
                  },
                },
                {
                  id: '3.4.1.3',
                  name: '聚力党的建设，夯实执政之基是否办结',
                  weight: '2',
                  standard:
                    '三、聚力党的建设，夯实执政之基是否办结？按照是，否得出指标值，按照是得100分，否得0分得分。',
                  rule: {
                    kind: 'yes_no',
                  },
                },
              ],
            },
          ],
        },
      ],
    },
    {
      id: '4',
      name: '效果指标',
      weight: '12',
      children: [
        {
          id: '4.1',
          name: '社会效益',
          weight: '8',
          children: [
            {
              id: '4.1.1',
              name: '改善人居环境，提升公共服务水平，促进产业发展',
              weight: '8',
              standard:
                '增加群众对公共文化的认知,便利群众生产生活:按照〈计算公式〉得出指标值,按照〈得分公式〉得分。达成目标得100%分,基本达成目标得75%分,部分实现目标得50%分,实现程度较低得25%分,实现程度低得0%分。\n改善人居环境,提高人们生活质量,促进乡村振兴:按照〈计算公式〉得出指标值,按照〈得分公式〉得分。达成目标得100%分,基本达成目标得75%分,部分实现目标得50%分,实现程度较低得25%分,实现程度低得0%分。\n提升灾害应对能力,加强社会稳定和安全:按照〈计算公式〉得出指标值,按照〈得分公式〉得分。达成目标得100%分,基本达成目标得75%分,部分实现目标得50%分,实现程度较低得25%分,实现程度低得0%分。\n提高烤烟的产量和质量,提高种植积极性,促进产业发展:按照〈计算公式〉得出指标值,按照〈得分公式〉得分。达成目标得100%分,基本达成目标得75%分,部分实现目标得50%分,实现程度较低得25%分,实现程度低得0%分。',
              children: [
                {
                  id: '4.1.1.1',
                  name: '增加群众对公共文化的认知，便利群众生产生活',
                  weight: '2',
                  standard:
                    '增加群众对公共文化的认知,便利群众生产生活:按照〈计算公式〉得出指标值,按照〈得分公式〉得分。达成目标得100%分,基本达成目标得75%分,部分实现目标得50%分,实现程度较低得25%分,实现程度低得0%分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'achieved',
                        label: '达成目标',
                        rate: '1',
                      },
                      {
                        key: 'mostly_achieved',
                        label: '基本达成目标',
                        rate: '0.75',
                      },
                      {
                        key: 'partly_achieved',
                        label: '部分实现目标',
                        rate: '0.5',
                      },
                      {
                        key: 'low',
                        label: '实现程度较低',
                        rate: '0.25',
                      },
                      {
                        key: 'very_low',
                        label: '实现程度低',
                        rate: '0',
                      },
                    ],
                  },
                },
                {
                  id: '4.1.1.2',
                  name: '改善人居环境，提高人们生活质量，促进乡村振兴',
                  weight: '2',
                  standard:
                    '改善人居环境,提高人们生活质量,促进乡村振兴:按照〈计算公式〉得出指标值,按照〈得分公式〉得分。达成目标得100%分,基本达成目标得75%分,部分实现目标得50%分,实现程度较低得25%分,实现程度低得0%分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'achieved',
                        label: '达成目标',
                        rate: '1',
                      },
                      {
                        key: 'mostly_achieved',
                        label: '基本达成目标',
                        rate: '0.75',
                      },
                      {
                        key: 'partly_achieved',
                        label: '部分实现目标',
                        rate: '0.5',
                      },
                      {
                        key: 'low',
                        label: '实现程度较低',
                        rate: '0.25',
                      },
                      {
                        key: 'very_low',
                        label: '实现程度低',
                        rate: '0',
                      },
                    ],
                  },
                },
                {
                  id: '4.1.1.3',
                  name: '提升灾害应对能力，加强社会稳定和安全',
                  weight: '2',
                  standard:
                    '提升灾害应对能力,加强社会稳定和安全:按照〈计算公式〉得出指标值,按照〈得分公式〉得分。达成目标得100%分,基本达成目标得75%分,部分实现目标得50%分,实现程度较低得25%分,实现程度低得0%分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'achieved',
                        label: '达成目标',
                        rate: '1',
                      },
                      {
                        key: 'mostly_achieved',
                        label: '基本达成目标',
                        rate: '0.75',
                      },
                      {
                        key: 'partly_achieved',
                        label: '部分实现目标',
                        rate: '0.5',
                      },
                      {
                        key: 'low',
                        label: '实现程度较低',
                        rate: '0.25',
                      },
                      {
                        key: 'very_low',
                        label: '实现程度低',
                        rate: '0',
                      },
                    ],
                  },
                },
                {
                  id: '4.1.1.4',
                  name: '提高烤烟的产量和质量，提高种植积极性，促进产业发展',
                  weight: '2',
                  standard:
                    '提高烤烟的产量和质量,提高种植积极性,促进产业发展:按照〈计算公式〉得出指标值,按照〈得分公式〉得分。达成目标得100%分,基本达成目标得75%分,部分实现目标得50%分,实现程度较低得25%分,实现程度低得0%分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'achieved',
                        label: '达成目标',
                        rate: '1',
                      },
                      {
                        key: 'mostly_achieved',
                        label: '基本达成目标',
                        rate: '0.75',
                      },
                      {
                        key: 'partly_achieved',
                        label: '部分实现目标',
                        rate: '0.5',
                      },
                      {
                        key: 'low',
                        label: '实现程度较低',
                        rate: '0.25',
                      },
                      {
                        key: 'very_low',
                        label: '实现程度低',
                        rate: '0',
                      },
                    ],
                  },
                },
              ],
            },
          ],
        },
        {
          id: '4.2',
          name: '满意度',
          weight: '4',
          children: [
            {
              id: '4.2.1',
              name: '满意度指标',
              weight: '4',
              standard:
                '社会公众满意度：按照〈计算公式〉得出指标值，按照〈得分公式〉得分。达成目标得100%分，基本达成目标得75%分，部分实现目标得50%分，实现程度较低得25%分，实现程度低得0%分。\n受益对象满意度：按照〈计算公式〉得出指标值，按照〈得分公式〉得分。达成目标得100%分，基本达成目标得75%分，部分实现目标得50%分，实现程度较低得25%分，实现程度低得0%分。',
              children: [
                {
                  id: '4.2.1.1',
                  name: '社会公众满意度',
                  weight: '2',
                  standard:
                    '社会公众满意度：按照〈计算公式〉得出指标值，按照〈得分公式〉得分。达成目标得100%分，基本达成目标得75%分，部分实现目标得50%分，实现程度较低得25%分，实现程度低得0%分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'achieved',
                        label: '达成目标',
                        rate: '1',
                      },
                      {
                        key: 'mostly_achieved',
                        label: '基本达成目标',
                        rate: '0.75',
                      },
                      {
                        key: 'partly_achieved',
                        label: '部分实现目标',
                        rate: '0.5',
                      },
                      {
                        key: 'low',
                        label: '实现程度较低',
                        rate: '0.25',
                      },
                      {
                        key: 'very_low',
                        label: '实现程度低',
                        rate: '0',
                      },
                    ],
                  },
                },
                {
                  id: '4.2.1.2',
                  name: '受益对象满意度',
                  weight: '2',
                  standard:
                    '受益对象满意度：按照〈计算公式〉得出指标值，按照〈得分公式〉得分。达成目标得100%分，基本达成目标得75%分，部分实现目标得50%分，实现程度较低得25%分，实现程度低得0%分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'achieved',
                        label: '达成目标',
                        rate: '1',
                      },
                      {
                        key: 'mostly_achieved',
                        label: '基本达成目标',
                        rate: '0.75',
                      },
                      {
                        key: 'partly_achieved',
                        label: '部分实现目标',
                        rate: '0.5',
                      },
                      {
                        key: 'low',
                        label: '实现程度较低',
                        rate: '0.25',
                      },
                      {
                        key: 'very_low',
                        label: '实现程度低',
                        rate: '0',
                      },
                    ],
                  },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  measures: [
    {
      key: 'staffing_control_rate',
      name: '在职人员控制率',
      unit: 'rate',
      formula: {
        op: 'div',
        args: [
          {
            figure: 'staff_actual',
          },
          {
            figure: 'staff_quota',
          },
        ],
      },
    },
    {
      key: 'key_expenditure_rate',
      name: '重点支出安排率',
      unit: 'rate',
      formula: {
        op: 'div',
        args: [
          {
            figure: 'key_project_expenditure',
          },
          {
            figure: 'project_expenditure_total',
          },
        ],
      },
    },
    {
      key: 'basic_execution_rate',
      name: '基本支出预算执行率',
      unit: 'rate',
      formula: {
        op: 'div',
        args: [
          {
            figure: 'basic_final_accounts',
          },
          {
            figure: 'basic_final_budget',
          },
        ],
      },
    },
    {
      key: 'project_execution_rate',
      name: '项目支出预算执行率',
      unit: 'rate',
      formula: {
        op: 'div',
        args: [
          {
            figure: 'project_final_accounts',
          },
          {
            figure: 'project_final_budget',
          },
        ],
      },
    },
    BUDGET_ADJUSTMENT_RATE,
    {
      key: 'payment_progress_q1',
      name: '一季度支付进度率',
      unit: 'rate',
      formula: {
        op: 'div',
        args: [
          {
            figure: 'payment_actual_q1',
          },
          {
            figure: 'payment_planned_q1',
          },
        ],
      },
    },
    {
      key: 'payment_progress_q2',
      name: '二季度支付进度率',
      unit: 'rate',
      formula: {
        op: 'div',
        args: [
          {
            figure: 'payment_actual_q2',
          },
          {
            figure: 'payment_planned_q2',
          },
        ],
      },
    },
    {
      key: 'payment_progress_q3',
      name: '三季度支付进度率',
      unit: 'rate',
      formula: {
        op: 'div',
        args: [
          {
            figure: 'payment_actual_q3',
          },
          {
            figure: 'payment_planned_q3',
          },
        ],
      },
    },
    {
      key: 'payment_progress_q4',
      name: '四季度支付进度率',
      unit: 'rate',
      formula: {
        op: 'div',
        args: [
          {
            figure: 'payment_actual_q4',
          },
          {
            figure: 'payment_planned_q4',
          },
        ],
      },
    },
    CARRYOVER_RATE,
    {
      key: 'carryover_change_rate',
      name: '结转结余变动率',
      unit: 'rate',
      formula: {
        op: 'div',
        args: [
          {
            op: 'sub',
            args: [
              {
                figure: 'carryover_total',
              },
              {
                figure: 'carryover_total_prior',
              },
            ],
          },
          {
            figure: 'carryover_total_prior',
          },
        ],
      },
    },
    {
      key: 'public_funds_control_rate',
      name: '公用经费控制率',
      unit: 'rate',
      formula: {
        op: 'div',
        args: [
          {
            figure: 'public_funds_actual',
          },
          {
            figure: 'public_funds_budget',
          },
        ],
      },
    },
    {
      key: 'three_public_control_rate',
      name: '“三公经费”控制率',
      unit: 'rate',
      formula: {
        op: 'div',
        args: [
          {
            figure: 'three_public_actual',
          },
          {
            figure: 'three_public_budget',
          },
        ],
      },
    },
    {
      key: 'three_public_change_rate',
      name: '“三公经费”变动率',
      unit: 'rate',
      formula: {
        op: 'div',
        args: [
          {
            op: 'sub',
            args: [
              {
                figure: 'three_public_actual',
              },
              {
                figure: 'three_public_actual_prior',
              },
            ],
          },
          {
            figure: 'three_public_actual_prior',
          },
        ],
      },
    },
    {
      key: 'procurement_execution_rate',
      name: '政府采购执行率',
      unit: 'rate',
      formula: {
        op: 'div',
        args: [
          {
            figure: 'procurement_actual',
          },
          {
            figure: 'procurement_budget',
          },
        ],
      },
    },
    FIXED_ASSET_UTILISATION_RATE,
    BUDGET_EXECUTION_RATE,
  ],
  gradeScale: {
    key: 'standard',
    name: '优良中差',
    grades: [
      {
        label: '优',
        minScore: '90',
      },
      {
        label: '良',
        minScore: '80',
      },
      {
        label: '中',
        minScore: '60',
      },
      {
        label: '差',
        minScore: '0',
      },
    ],
  },
};
