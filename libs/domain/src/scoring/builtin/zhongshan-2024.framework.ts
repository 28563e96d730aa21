import type { Framework } from '../framework.model';
import {
  BUDGET_ADJUSTMENT_RATE,
  CARRYOVER_RATE,
  FIXED_ASSET_UTILISATION_RATE,
  BUDGET_EXECUTION_RATE,
} from './common-measures';

/**
 * 昌吉市人民政府中山路街道办事处 2024 年部门整体支出绩效评价（新疆大学，2025 年 7 月，95.4 分，优）:
 * the indicator system of its 附件1 打分表, transcribed verbatim (names, weights, 指标解释, 评分标准),
 * with each standard encoded as a rule. Scoring points (评分要点) that carry their own points in the
 * standard are level-4 children. Where the table contradicts itself or the model cannot say what the
 * text says, the closest faithful encoding is used and the choice is documented in
 * docs/seed-findings.md ("Seed 1"); the notes below name the ones that change a score.
 *
 * - 1.1.1.1 / 1.1.1.2: the headers say （2分） and （3分） but the texts say "得1分" and "直至1分扣完为止";
 *   the body text (§四(一)1) says 2 and 3. Encoded with the headers' points (2, 3). "否则酌情扣分" (1.1.1.1)
 *   is a yes/no point: a "no" needs an override with the evaluator's judgement.
 * - 1.1.1.2: "超出一个百分点扣0.1分" does not say how a part of a point counts; encoded pro rata (`exact`).
 * - 1.1.2: "3.涉密部门（单位）按规定不需要公开相关预决算信息的直接得分" is an exemption, not a point; it stays
 *   in the standard text only (an exempt unit is scored by override).
 * - 1.2.2: the table's 评分标准 cell is empty; the scoring text stands in the 指标解释 cell (kept there).
 * - 2.1.1: the bands are as written: "41-60%（含）" and "61-100%（含）" leave 40%–41% and 60%–61% uncovered.
 * - 2.3.1 / 2.3.2: the trailing "审计、督查、专项检查、日常监管发现此方面存在问题的…每发现1处扣1分" applies to
 *   the whole indicator; it has no points of its own, so findings of that kind are counted under the point
 *   they concern.
 * - 2.4.1: the standard lists five 评价要点 without points or deductions: scored by judgement.
 * - 3.1.2: the two points carry 5 + 5 = 10 points under a weight of 6 (as written in the report).
 * - 3.1.3: "如有，得4分" under a weight of 6 (as written in the report).
 */

export const ZHONGSHAN_2024_FRAMEWORK: Framework = {
  key: 'zhongshan-2024',
  name: '昌吉市人民政府中山路街道办事处部门整体支出绩效评价指标体系（2024 年度）',
  totalWeight: '100',
  indicators: [
    {
      id: '1',
      name: '前期决策',
      weight: '20',
      children: [
        {
          id: '1.1',
          name: '程序合理性',
          weight: '10',
          children: [
            {
              id: '1.1.1',
              name: '财务合规性',
              weight: '5',
              explanation:
                '部门（单位）资金支出规范性，包括资金管理、费用支出等制度是否严格执行；资金调整、调剂是否规范；会计核算是否规范、是否存在支出依据不合规、虚列项目支出的情况；是否存在截留、挤占、挪用项目资金情况。',
              standard:
                '1.资金支出规范性（2分）。资金管理、费用标准、支付符合有关制度规定，按事项完成进度支付资金的，得1分，否则酌情扣分。 2.资金调整、调剂规范性（3分）。调整、调剂资金累计在本单位部门预算总规模10%以内的，得1分；超出10%的，超出一个百分点扣0.1分，直至1分扣完为止。 3.发生超范围、超标准支出，虚列支出，截留、挤占、挪用资金的，以及其他不符合制度规定的支出，本项指标得0分。',
              children: [
                {
                  id: '1.1.1.1',
                  name: '资金支出规范性',
                  weight: '2',
                  standard:
                    '1.资金支出规范性（2分）。资金管理、费用标准、支付符合有关制度规定，按事项完成进度支付资金的，得1分，否则酌情扣分。',
                  rule: {
                    kind: 'yes_no',
                  },
                },
                {
                  id: '1.1.1.2',
                  name: '资金调整、调剂规范性',
                  weight: '3',
                  standard:
                    '2.资金调整、调剂规范性（3分）。调整、调剂资金累计在本单位部门预算总规模10%以内的，得1分；超出10%的，超出一个百分点扣0.1分，直至1分扣完为止。',
                  rule: {
                    kind: 'step',
                    source: {
                      measure: 'budget_adjustment_rate',
                    },
                    threshold: 0.1,
                    direction: 'above',
                    step: 0.01,
                    perStep: '0.1',
                    rounding: 'exact',
                    maxDeduction: '3',
                  },
                },
                {
                  id: '1.1.1.3',
                  name: '发生超范围、超标准支出，虚列支出，截留、挤占、挪用资金的，以及其他不符合制度规定的支出',
                  weight: '0',
                  standard:
                    '3.发生超范围、超标准支出，虚列支出，截留、挤占、挪用资金的，以及其他不符合制度规定的支出，本项指标得0分。',
                  rule: {
                    kind: 'veto',
                  },
                },
              ],
            },
            {
              id: '1.1.2',
              name: '预决算信息公开',
              weight: '5',
              explanation:
                '部门（单位）在被评价年度是否按照政府信息公开有关规定公开相关预决算信息，用以反映部门（单位）预决算管理的公开透明情况。',
              standard:
                '1.部门预算公开（2.5分），按以下标准分档计分： （1）按规定内容、时限、范围等各项要求进行公开的，得2.5分。 （2）进行了公开，存在不符合时限、内容、范围等要求的，得1分。 （3）没有进行公开的，得0分。 2.部门决算公开（2.5分），按以下标准分档计分： （1）按规定内容、时限、范围等各项要求进行公开的，得2.5分。 （2）进行了公开，存在不符合时限、内容、范围等要求的，得1分。 （3）没有进行公开的，得0分。 3.涉密部门（单位）按规定不需要公开相关预决算信息的直接得分。',
              children: [
                {
                  id: '1.1.2.1',
                  name: '部门预算公开',
                  weight: '2.5',
                  standard:
                    '1.部门预算公开（2.5分），按以下标准分档计分： （1）按规定内容、时限、范围等各项要求进行公开的，得2.5分。 （2）进行了公开，存在不符合时限、内容、范围等要求的，得1分。 （3）没有进行公开的，得0分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'as_required',
                        label: '按规定内容、时限、范围等各项要求进行公开',
                        rate: '1',
                      },
                      {
                        key: 'with_defects',
                        label: '进行了公开，存在不符合时限、内容、范围等要求',
                        rate: '0.4',
                      },
                      {
                        key: 'not_published',
                        label: '没有进行公开',
                        rate: '0',
                      },
                    ],
                  },
                },
                {
                  id: '1.1.2.2',
                  name: '部门决算公开',
                  weight: '2.5',
                  standard:
                    '2.部门决算公开（2.5分），按以下标准分档计分： （1）按规定内容、时限、范围等各项要求进行公开的，得2.5分。 （2）进行了公开，存在不符合时限、内容、范围等要求的，得1分。 （3）没有进行公开的，得0分。',
                  rule: {
                    kind: 'levels',
                    levels: [
                      {
                        key: 'as_required',
                        label: '按规定内容、时限、范围等各项要求进行公开',
                        rate: '1',
                      },
                      {
                        key: 'with_defects',
                        label: '进行了公开，存在不符合时限、内容、范围等要求',
                        rate: '0.4',
                      },
                      {
                        key: 'not_published',
                        label: '没有进行公开',
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
          id: '1.2',
          name: '预算编制',
          weight: '10',
          children: [
            {
              id: '1.2.1',
              name: '预算编制合理性',
              weight: '5',
              explanation:
                '部门（单位）预算的合理性，即是否符合本部门职责、是否符合区委区政府的工作要求，资金有无根据项目的轻重缓急进行分配。',
              standard:
                '1.部门预算编制、分配符合本部门职责、符合区委区政府方针政策和工作要求（1分）； 2.部门预算资金能根据年度工作重点，在不同项目、不同用途之间合理分配（1分）； 3.专项资金预算编制细化程度合理，未出现因年中调剂导致部门预决算差异过大问题（1分）； 4.功能分类和经济分类编制准确，年度中间无大量调剂，未发生项目之间频繁调剂（1分）； 5.部门预算分配不固化，能根据实际情况合理调整，不存在项目支出进度慢、完成率低、绩效较差，但连年持续安排预算等不合理的情况（1分）。',
              children: [
                {
                  id: '1.2.1.1',
                  name: '部门预算编制、分配符合本部门职责、符合区委区政府方针政策和工作要求',
                  weight: '1',
                  standard: '1.部门预算编制、分配符合本部门职责、符合区委区政府方针政策和工作要求（1分）；',
                  rule: {
                    kind: 'yes_no',
                  },
                },
                {
                  id: '1.2.1.2',
                  name: '部门预算资金能根据年度工作重点，在不同项目、不同用途之间合理分配',
                  weight: '1',
                  standard: '2.部门预算资金能根据年度工作重点，在不同项目、不同用途之间合理分配（1分）；',
                  rule: {
                    kind: 'yes_no',
                  },
                },
                {
                  id: '1.2.1.3',
                  name: '专项资金预算编制细化程度合理，未出现因年中调剂导致部门预决算差异过大问题',
                  weight: '1',
                  standard:
                    '3.专项资金预算编制细化程度合理，未出现因年中调剂导致部门预决算差异过大问题（1分）；',
                  rule: {
                    kind: 'yes_no',
                  },
                },
                {
                  id: '1.2.1.4',
                  name: '功能分类和经济分类编制准确，年度中间无大量调剂，未发生项目之间频繁调剂',
                  weight: '1',
                  standard:
                    '4.功能分类和经济分类编制准确，年度中间无大量调剂，未发生项目之间频繁调剂（1分）；',
                  rule: {
                    kind: 'yes_no',
                  },
                },
                {
                  id: '1.2.1.5',
                  name: '部门预算分配不固化，能根据实际情况合理调整，不存在项目支出进度慢、完成率低、绩效较差，但连年持续安排预算等不合理的情况',
                  weight: '1',
                  standard:
                    '5.部门预算分配不固化，能根据实际情况合理调整，不存在项目支出进度慢、完成率低、绩效较差，但连年持续安排预算等不合理的情况（1分）。',
                  rule: {
                    kind: 'yes_no',
                  },
                },
              ],
            },
            {
              id: '1.2.2',
              name: '预算编制规范性',
              weight: '5',
              explanation:
                '部门（单位）预算编制是否符合财政部门当年度关于预算编制的各项原则和要求，符合专项资金预算编制、项目库管理、新增项目事前绩效评估等要求（5分）； 2.发现一项不符合的扣1分，扣完为止。 本指标需对照相应年度由财政部门印发的部门预算编制工作方案、通知和有关制度文件，根据实际情况评分。',
              rule: {
                kind: 'deductions',
                source: {
                  observed: true,
                },
                perFinding: '1',
              },
            },
          ],
        },
      ],
    },
    {
      id: '2',
      name: '过程管理',
      weight: '43',
      children: [
        {
          id: '2.1',
          name: '预算执行',
          weight: '12',
          children: [
            {
              id: '2.1.1',
              name: '预算调整率',
              weight: '4',
              explanation:
                '部门（单位）本年度预算调整数与预算数的比率，用以反映和考核部门（单位）预算的调整程度。',
              standard:
                '预算调整率=（全年预算数-年初预算数）/年初预算数×100%。预算调整率=0-10%（含），计4分；10-40%（含），计2分；41-60%（含），计1分；61-100%（含），计0.25分；大于100%不得分预算调整数：部门（单位）在本年度内涉及预算的追加、追减或结构调整的资金总和（因落实国家政策、发生不可抗力、上级部门或本级党委政府临时交办而产生的调整除外）。',
              rule: {
                kind: 'bands',
                source: {
                  measure: 'budget_adjustment_rate',
                },
                bands: [
                  {
                    min: 0,
                    minInclusive: true,
                    max: 0.1,
                    maxInclusive: true,
                    points: '4',
                  },
                  {
                    min: 0.1,
                    minInclusive: false,
                    max: 0.4,
                    maxInclusive: true,
                    points: '2',
                  },
                  {
                    min: 0.41,
                    minInclusive: true,
                    max: 0.6,
                    maxInclusive: true,
                    points: '1',
                  },
                  {
                    min: 0.61,
                    minInclusive: true,
                    max: 1,
                    maxInclusive: true,
                    points: '0.25',
                  },
                  {
                    min: 1,
                    minInclusive: false,
                    points: '0',
                  },
                ],
              },
            },
            {
              id: '2.1.2',
              name: '结转结余率',
              weight: '4',
              explanation:
                '部门（单位）本年度结转结余总额与支出预算数的比率，用以反映和考核部门（单位）对本年度结转结余资金的实际控制程度。',
              standard:
                '结转结余率=结转结余总额/全年预算数×100%。 。结转结余总额：部门（单位）本年度的结转资金与结余资金之和（以决算数为准）。评价要点：①结余结转率≤1%的，得4分；②1%<结余结转率≤5%的，得2分；③5%<结余结转率≤10%的，得1分；④结余结转率>10%的，得0分。',
              rule: {
                kind: 'bands',
                source: {
                  measure: 'carryover_rate',
                },
                bands: [
                  {
                    max: 0.01,
                    maxInclusive: true,
                    points: '4',
                  },
                  {
                    min: 0.01,
                    minInclusive: false,
                    max: 0.05,
                    maxInclusive: true,
                    points: '2',
                  },
                  {
                    min: 0.05,
                    minInclusive: false,
                    max: 0.1,
                    maxInclusive: true,
                    points: '1',
                  },
                  {
                    min: 0.1,
                    minInclusive: false,
                    points: '0',
                  },
                ],
              },
            },
            {
              id: '2.1.3',
              name: '“三公”经费控制率',
              weight: '4',
              explanation:
                '部门（单位）本年度“三公”经费实际支出数与预算安排数的比率，用以反映和考核部门（单位）对“三公”经费的实际控制程度。',
              standard:
                '“三公”经费控制率=（“三公”经费实际支出数/“三公”经费预算安排数）×100%，控制率小于等于100%得满分，大于100%得0分。',
              rule: {
                kind: 'threshold',
                source: {
                  measure: 'three_public_control_rate',
                },
                comparator: '<=',
                value: 1,
              },
            },
          ],
        },
        {
          id: '2.2',
          name: '预算管理',
          weight: '12',
          children: [
            {
              id: '2.2.1',
              name: '管理制度健全性',
              weight: '6',
              explanation:
                '部门（单位）为加强预算管理、规范财务行为而制定的管理制度是否健全完整，用以反映和考核部门（单位）预算管理制度对完成主要职责或促进事业发展的保障情况。',
              standard:
                '评价要点：①是否已制定或具有预算资金管理办法、内部财务管理制度、会计核算制度等管理制度；②相关管理制度是否合法、合规、完整；③相关管理制度是否得到有效执行。以上各项内容，每发现一项不符合规定扣1分，扣完为止；',
              rule: {
                kind: 'deductions',
                source: {
                  observed: true,
                },
                perFinding: '1',
              },
            },
            {
              id: '2.2.2',
              name: '资金使用合规性',
              weight: '6',
              explanation:
                '部门（单位）使用预算资金是否符合相关的预算财务管理制度的规定，用以反映和考核部门（单位）预算资金的规范运行情况。',
              standard:
                '评价要点：①是否符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定；②资金的拨付是否有完整的审批程序和手续；③项目的重大开支是否经过评估论证；④是否符合部门预算批复的用途；⑤是否存在截留、挤占、挪用、虚列支出等情况。以上各项内容，每发现一项不符合规定扣1分，扣完为止；审计、督查、专项检查、日常监管发现此方面存在问题的，视问题情况和考核年度整改情况，每发现1处扣1分，扣完为止。',
              rule: {
                kind: 'deductions',
                source: {
                  observed: true,
                },
                perFinding: '1',
              },
            },
          ],
        },
        {
          id: '2.3',
          name: '项目管理',
          weight: '10',
          children: [
            {
              id: '2.3.1',
              name: '项目实施程序',
              weight: '5',
              explanation:
                '部门（单位）所有项目支出实施过程是否规范，包括是否符合申报条件；申报、批复程序是否符合相关管理办法；项目招投标、调整、完成验收等是否履行相应手续等。',
              standard:
                '评价要点：①项目的设立、调整按规定履行报批程序（2.5分），每发现一项不符合规定扣1分，扣完为止；②项目招投标、建设、验收以及方案实施均严格执行相关制度规定（2.5分），每发现一项不符合规定扣1分，扣完为止；审计、督查、专项检查、日常监管发现此方面存在问题的，视问题情况和考核年度整改情况，每发现1处扣1分，扣完为止。',
              children: [
                {
                  id: '2.3.1.1',
                  name: '项目的设立、调整按规定履行报批程序',
                  weight: '2.5',
                  standard:
                    '①项目的设立、调整按规定履行报批程序（2.5分），每发现一项不符合规定扣1分，扣完为止；',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '1',
                  },
                },
                {
                  id: '2.3.1.2',
                  name: '项目招投标、建设、验收以及方案实施均严格执行相关制度规定',
                  weight: '2.5',
                  standard:
                    '②项目招投标、建设、验收以及方案实施均严格执行相关制度规定（2.5分），每发现一项不符合规定扣1分，扣完为止；',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '1',
                  },
                },
              ],
            },
            {
              id: '2.3.2',
              name: '项目监管',
              weight: '5',
              explanation:
                '部门（单位）对所实施项目（包括部门主管的专项资金和专项经费分配给市、区实施的项目）的检查、监控、督促整改等管理情况。',
              standard:
                '①主管部门单位建立有效资金管理和运行监控机制，且执行情况良好（3分）；②主管部门按规定对主管的财政资金（含专项资金和专项经费）开展有效的检查、监控、督促整改（2分），如无法提供开展检查监督相关证明材料扣1分；审计、督查、专项检查、日常监管发现此方面存在问题的，视问题情况和考核年度整改情况，每发现1处扣1分，扣完为止。',
              children: [
                {
                  id: '2.3.2.1',
                  name: '主管部门单位建立有效资金管理和运行监控机制，且执行情况良好',
                  weight: '3',
                  standard: '①主管部门单位建立有效资金管理和运行监控机制，且执行情况良好（3分）；',
                  rule: {
                    kind: 'yes_no',
                  },
                },
                {
                  id: '2.3.2.2',
                  name: '主管部门按规定对主管的财政资金（含专项资金和专项经费）开展有效的检查、监控、督促整改',
                  weight: '2',
                  standard:
                    '②主管部门按规定对主管的财政资金（含专项资金和专项经费）开展有效的检查、监控、督促整改（2分），如无法提供开展检查监督相关证明材料扣1分；',
                  rule: {
                    kind: 'yes_no',
                    noPoints: '1',
                  },
                },
              ],
            },
          ],
        },
        {
          id: '2.4',
          name: '资产管理',
          weight: '9',
          children: [
            {
              id: '2.4.1',
              name: '资产管理安全性',
              weight: '5',
              explanation:
                '部门（单位）的资产是否保存完整、使用合规、配置合理、处置规范、收入及时足额上缴，用以反映和考核部门（单位）资产安全运行情况。',
              standard:
                '评价要点：①资产保存是否完整；②资产配置是否合理；③资产处置是否规范；④资产账务管理是否合规，是否账实相符；⑤资产是否有偿使用及处置收入及时足额上缴。',
              rule: {
                kind: 'judgement',
              },
            },
            {
              id: '2.4.2',
              name: '固定资产利用率',
              weight: '4',
              explanation:
                '部门（单位）实际在用固定资产总额与所有固定资产总额的比率，用以反映和考核部门（单位）固定资产使用效率程度。',
              standard:
                '固定资产利用率=（实际在用固定资产总额/所有固定资产总额）×100%。评价要点：①固定资产利用率≥90%的，得4分；②90%>固定资产利用率≥75%的，得2分；③75%>固定资产利用率≥60%的，得1分；④固定资产利用率<60%的，得0分。',
              rule: {
                kind: 'bands',
                source: {
                  measure: 'fixed_asset_utilisation_rate',
                },
                bands: [
                  {
                    min: 0.9,
                    minInclusive: true,
                    points: '4',
                  },
                  {
                    min: 0.75,
                    minInclusive: true,
                    max: 0.9,
                    maxInclusive: false,
                    points: '2',
                  },
                  {
                    min: 0.6,
                    minInclusive: true,
                    max: 0.75,
                    maxInclusive: false,
                    points: '1',
                  },
                  {
                    max: 0.6,
                    maxInclusive: false,
                    points: '0',
                  },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      id: '3',
      name: '产出',
      weight: '24',
      children: [
        {
          id: '3.1',
          name: '职责履行',
          weight: '24',
          children: [
            {
              id: '3.1.1',
              name: '项目完成率',
              weight: '12',
              explanation:
                '部门（单位）履行职责而实际完成工作数与计划工作数的比率，用以反映和考核部门（单位）履职工作任务目标的实现程度。',
              standard: '①完成项目按照比例分别进行打分，如完成两个项目得分为（2/28）*12。',
              rule: {
                kind: 'proportional',
                source: {
                  figure: 'projects_completed',
                },
                of: 28,
              },
            },
            {
              id: '3.1.2',
              name: '政府采购工作完成率',
              weight: '6',
              explanation:
                '部门（单位）履行职责而实际完成工作数与计划工作数的比率，用以反映和考核部门（单位）履职工作任务目标的实现程度。',
              standard:
                '①完成24个政府采购项目工作，得5分，每减少一个扣0.5分，扣完为止；②政府采购项目完成且符合政府采购要求的，得5分，每出现一处不符合采购要求的，扣0.5分，扣完为止。',
              children: [
                {
                  id: '3.1.2.1',
                  name: '完成24个政府采购项目工作',
                  weight: '5',
                  standard: '①完成24个政府采购项目工作，得5分，每减少一个扣0.5分，扣完为止；',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.5',
                  },
                },
                {
                  id: '3.1.2.2',
                  name: '政府采购项目完成且符合政府采购要求',
                  weight: '5',
                  standard:
                    '②政府采购项目完成且符合政府采购要求的，得5分，每出现一处不符合采购要求的，扣0.5分，扣完为止。',
                  rule: {
                    kind: 'deductions',
                    source: {
                      observed: true,
                    },
                    perFinding: '0.5',
                  },
                },
              ],
            },
            {
              id: '3.1.3',
              name: '政府绩效落实',
              weight: '6',
              explanation:
                '部门（单位）履行职责而实际完成工作数与计划工作数的比率，用以反映和考核部门（单位）履职工作任务目标的实现程度。',
              standard: '助力乡村建设，对标对表，扎实开展示范创建工作，如有，得4分，否则不得分；',
              rule: {
                kind: 'yes_no',
                yesPoints: '4',
              },
            },
          ],
        },
      ],
    },
    {
      id: '4',
      name: '效益',
      weight: '13',
      children: [
        {
          id: '4.1',
          name: '经济效益',
          weight: '6',
          children: [
            {
              id: '4.1.1',
              name: '产业结构优化',
              weight: '6',
              explanation: '部门（单位）履行职责所产生的社会效益。',
              standard: '一二、三产业是否都有所发展，产业结构是否有所优化。根据相关材料和实际情况酌情给分。',
              rule: {
                kind: 'judgement',
              },
            },
          ],
        },
        {
          id: '4.2',
          name: '民生福祉',
          weight: '7',
          children: [
            {
              id: '4.2.1',
              name: '民生和社会事业发展',
              weight: '7',
              explanation: '部门（单位）履行职责所产生的社会效益。',
              standard: '根据单位民生保障和改善情况酌情给予评分。',
              rule: {
                kind: 'judgement',
              },
            },
          ],
        },
      ],
    },
  ],
  measures: [
    BUDGET_ADJUSTMENT_RATE,
    CARRYOVER_RATE,
    {
      key: 'three_public_control_rate',
      name: '“三公”经费控制率',
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
    FIXED_ASSET_UTILISATION_RATE,
    BUDGET_EXECUTION_RATE,
    {
      key: 'basic_adjustment_rate',
      name: '基本支出调整率',
      unit: 'rate',
      formula: {
        op: 'div',
        args: [
          {
            op: 'sub',
            args: [
              {
                figure: 'basic_final_accounts',
              },
              {
                figure: 'basic_initial_budget',
              },
            ],
          },
          {
            figure: 'basic_initial_budget',
          },
        ],
      },
    },
    {
      key: 'project_adjustment_rate',
      name: '项目支出调整率',
      unit: 'rate',
      formula: {
        op: 'div',
        args: [
          {
            op: 'sub',
            args: [
              {
                figure: 'project_final_accounts',
              },
              {
                figure: 'project_initial_budget',
              },
            ],
          },
          {
            figure: 'project_initial_budget',
          },
        ],
      },
    },
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
