import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import {
  ZHONGSHAN_2024_FIXTURE as fixture,
  ZHONGSHAN_2024_FRAMEWORK as framework,
  evaluate,
  periodOf,
  reportDocumentOf,
  reportModelOf,
  type ReportModel,
} from '@jixiao/domain';
import { writeReportDocx } from '../codecs';

const facts = {
  evaluationTitle: '中山路街道2024年度部门整体支出绩效评价',
  unitName: '中山路街道办事处',
  bureauName: '昌吉市财政局',
  firmName: '新疆大学',
  fiscalYear: 2024,
  reportDate: '2025-07-15',
  fundsInScope: null,
  history: [],
};

describe('附件2 in the Word file (征求意见, issue 11)', () => {
  it('prints the signed form and every answer with its reason and linked change', async () => {
    const result = evaluate(framework, fixture.figures, fixture.observations, fixture.overrides);
    const base = reportModelOf({ framework, result, figures: fixture.figures, writings: [], facts });
    const model: ReportModel = {
      ...base,
      feedback: {
        status: 'signed',
        form: {
          evaluationTitle: facts.evaluationTitle,
          period: periodOf(2024),
          evaluationDates: '2025年3月—2025年7月',
          firmName: '新疆大学',
          firmContact: '陈立',
          firmPhone: '0994-1234567',
          unitName: '中山路街道办事处',
          unitContact: '古丽',
          unitPhone: '0994-7654321',
          noOpinion: false,
          filledOn: '2025-06-20',
          signedByName: '王主任',
          signedAt: '2025-06-21T03:00:00.000Z',
          dueDate: '2025-06-30',
        },
        opinions: [
          {
            id: 'a',
            author: 'unit',
            anchor: 'indicator:1.1.1.2',
            text: '预算调整系上级追加资金所致',
            answer: {
              decision: 'rejected',
              reason: '未履行预算调整程序',
              changes: [],
              answeredByName: '陈立',
              answeredAt: '2025-06-25T00:00:00.000Z',
            },
          },
          {
            id: 'b',
            author: 'unit',
            anchor: 'slot:overview.functions',
            text: '请补充社区治理职能',
            answer: {
              decision: 'adopted',
              reason: '已补充',
              changes: [
                {
                  kind: 'text',
                  key: 'text:（一）部门主要职能#0',
                  place: '（一）部门主要职能',
                  before: null,
                  after: '承担社区治理职能。',
                },
              ],
              answeredByName: '陈立',
              answeredAt: '2025-06-25T00:00:00.000Z',
            },
          },
        ],
      },
    };
    const docx = await writeReportDocx(reportDocumentOf(model));
    const { value } = await mammoth.extractRawText({ buffer: docx });
    const appendix = value.slice(value.indexOf('附件2'));
    for (const text of [
      '2024年1月1日至2024年12月31日',
      '联系人：古丽',
      '1. 【1.1.1.2 资金调整、调剂规范性】预算调整系上级追加资金所致',
      '王主任（签章） 2025年6月21日',
      '意见采纳情况',
      '不予采纳',
      '未履行预算调整程序',
      '（一）部门主要职能：新增一段',
    ])
      expect(appendix).toContain(text);
  });
});
