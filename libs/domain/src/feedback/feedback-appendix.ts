import type { DocumentBlock, DocumentCell } from '../report/report-document';
import type { ReportModel } from '../report/report-model';
import { changeSummary } from './feedback-changes';
import {
  anchorLabel,
  FEEDBACK_DECISION_LABELS,
  type FeedbackForm,
  type FeedbackFormStatus,
  type FeedbackOpinion,
} from './feedback-form';

/** The feedback round as the report carries it in 附件2: the form, its status and every opinion with its answer. */
export interface ReportFeedback {
  form: FeedbackForm;
  status: FeedbackFormStatus;
  opinions: FeedbackOpinion[];
}

const cell = (text: string): DocumentCell => ({ text });
const head = (text: string): DocumentCell => ({ text, bold: true, align: 'center' });

/** 2025-07-15 → 2025年7月15日 (an ISO date or timestamp). */
function chineseDate(iso: string | null): string {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

const AUTHOR_LABELS = { unit: '被评价单位', bureau: '委托单位' } as const;

/** What the unit said, as one cell: its opinions numbered, 无意见, or 逾期未反馈. */
function opinionsText(feedback: ReportFeedback, model: Pick<ReportModel, 'scores'>): string {
  const own = feedback.opinions.filter((opinion) => opinion.author === 'unit');
  if (feedback.status === 'overdue' && feedback.form.signedAt === null) return '逾期未反馈';
  if (feedback.form.noOpinion) return '无意见';
  return own
    .map((opinion, index) => `${index + 1}. 【${anchorLabel(opinion.anchor, model)}】${opinion.text}`)
    .join('\n');
}

/**
 * 附件2 (绩效评价报告主管部门意见反馈表): filled from the form and the answers when the report carries the
 * feedback round, otherwise the empty form printed with the 交换意见稿.
 */
export function feedbackAppendixBlocks(model: ReportModel): DocumentBlock[] {
  const feedback = model.feedback;
  const title: DocumentBlock = {
    kind: 'heading',
    level: 1,
    text: '附件2：绩效评价报告主管部门意见反馈表',
    anchor: 'appendix:2',
  };
  if (!feedback) {
    return [
      title,
      {
        kind: 'table',
        anchor: 'table:feedback',
        caption: '绩效评价报告主管部门意见反馈表',
        header: [[head('项目'), head('内容')]],
        rows: [
          [cell('评价项目名称'), cell(model.facts.evaluationTitle)],
          [cell('评价机构'), cell(model.facts.firmName)],
          [cell('被评价单位'), cell(model.facts.unitName)],
          [cell('主管部门意见'), cell('（交换意见时填写）')],
          [cell('签章确认'), cell('')],
          [cell('填表时间'), cell('')],
        ],
        widths: [3, 7],
      },
    ];
  }
  const { form } = feedback;
  const signed = form.signedAt ? `${form.signedByName ?? ''}（签章） ${chineseDate(form.signedAt)}` : '';
  const blocks: DocumentBlock[] = [
    title,
    {
      kind: 'table',
      anchor: 'table:feedback',
      caption: '绩效评价报告主管部门意见反馈表',
      header: [[head('项目'), head('内容')]],
      rows: [
        [cell('评价项目名称'), cell(form.evaluationTitle)],
        [cell('评价时间范围'), cell(form.period)],
        [cell('绩效评价时间'), cell(form.evaluationDates)],
        [
          cell('评价机构'),
          cell(`${form.firmName}\u3000联系人：${form.firmContact}\u3000电话：${form.firmPhone}`),
        ],
        [
          cell('被评价单位'),
          cell(`${form.unitName}\u3000联系人：${form.unitContact}\u3000电话：${form.unitPhone}`),
        ],
        [cell('主管部门意见'), cell(opinionsText(feedback, model))],
        [cell('签章确认'), cell(signed)],
        [cell('填表时间'), cell(chineseDate(form.filledOn))],
      ],
      widths: [3, 7],
    },
  ];
  if (feedback.opinions.length > 0) {
    blocks.push({
      kind: 'table',
      anchor: 'table:feedback_answers',
      caption: '意见采纳情况',
      header: [
        [
          head('序号'),
          head('意见来源'),
          head('对应内容'),
          head('意见'),
          head('处理'),
          head('理由及修改情况'),
        ],
      ],
      rows: feedback.opinions.map((opinion, index) => [
        { text: String(index + 1), align: 'center' },
        cell(AUTHOR_LABELS[opinion.author]),
        cell(anchorLabel(opinion.anchor, model)),
        cell(opinion.text),
        {
          text: opinion.answer ? FEEDBACK_DECISION_LABELS[opinion.answer.decision] : '未答复',
          align: 'center',
        },
        cell(
          opinion.answer
            ? [opinion.answer.reason, ...opinion.answer.changes.map(changeSummary)].join('\n')
            : '',
        ),
      ]),
      widths: [1, 2, 3, 5, 2, 5],
    });
  }
  return blocks;
}
