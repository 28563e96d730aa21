import { feedbackAppendixBlocks } from '../feedback/feedback-appendix';
import type {
  DocumentBlock,
  DocumentParagraph,
  DocumentRun,
  DocumentSection,
  ReportDocument,
} from './report-document';
import type { PlaceholderValue, ReportModel } from './report-model';
import {
  INDICATOR_ANCHOR,
  PROBLEM_ANCHOR,
  REPORT_OUTLINE,
  SLOT_ANCHOR,
  analysisSlot,
} from './report-outline';
import { narrativeParagraphs, reportDateText, resolveNarrative } from './report-placeholders';
import {
  descendants,
  familyTable,
  gradeScaleText,
  level1Table,
  scoringTable,
  summaryTable,
} from './report-tables';

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
/** （一）（二）… for level-2 headings generated from data. */
export const chineseOrdinal = (index: number): string => CHINESE_NUMBERS[index] ?? String(index + 1);

/** An unresolved placeholder is printed as its token, so nobody mistakes it for a value. */
function runsOf(text: string, values: ReadonlyMap<string, PlaceholderValue>): DocumentRun[] {
  return resolveNarrative(text, values).map((piece) =>
    piece.kind === 'text'
      ? { text: piece.text }
      : { text: piece.value ?? `{{${piece.key}}}`, placeholder: piece.key },
  );
}

const paragraph = (runs: DocumentRun[], anchor?: string): DocumentParagraph => ({
  kind: 'paragraph',
  runs,
  indent: true,
  align: 'justify',
  ...(anchor === undefined ? {} : { anchor }),
});
const plain = (text: string, anchor?: string): DocumentParagraph => paragraph([{ text }], anchor);

/**
 * Renders the report model as the one render-ready document the preview, Word and PDF share. Headings
 * follow seed 1's outline; narrative slots are resolved (placeholders replaced by their values, each run
 * marked with its key); tables and findings come from the score snapshot, never from the narrative.
 */
export function reportDocumentOf(model: ReportModel): ReportDocument {
  const values = new Map(model.placeholders.map((entry) => [entry.key, entry]));
  const slot = (key: string): DocumentBlock[] => {
    const paragraphs = narrativeParagraphs(model.narrative.slots[key] ?? '');
    return paragraphs.map((text, index) =>
      paragraph(runsOf(text, values), index === 0 ? SLOT_ANCHOR(key) : undefined),
    );
  };
  let tableNumber = 0;
  const caption = (text: string) => `表${(tableNumber += 1)} ${text}`;

  const data: Record<string, () => DocumentBlock[]> = {
    'organisation.process': () =>
      model.facts.history.map((milestone) =>
        plain(`${reportDateText(milestone.date)}，${milestone.label}。`),
      ),
    conclusion: () => [
      level1Table(model, caption('部门整体支出绩效评价得分情况')),
      paragraph([
        { text: '经综合评价，' },
        { text: model.facts.unitName, placeholder: 'unit' },
        { text: `${model.facts.fiscalYear}年度部门整体支出绩效评价综合得分` },
        { text: model.scores.total ?? '—', placeholder: 'total', bold: true },
        { text: '分，评价等级为' },
        { text: model.scores.grade ?? '—', placeholder: 'grade', bold: true },
        { text: '。' },
      ]),
    ],
    analysis: () =>
      model.scores.level1.flatMap((family, index): DocumentBlock[] => {
        const rows = descendants(model.scores.indicators, family.id);
        const findings = rows.filter(
          (row) => row.findings.trim() !== '' || row.deductionReason.trim() !== '',
        );
        return [
          {
            kind: 'heading',
            level: 2,
            text: `（${chineseOrdinal(index)}）${family.name}情况`,
            anchor: `family:${family.id}`,
          },
          ...slot(analysisSlot(family.id)),
          familyTable(model, family.id, caption(`${family.name}指标得分情况`), `table:family-${family.id}`),
          ...findings.flatMap((row, at): DocumentBlock[] => [
            { kind: 'heading', level: 3, text: `${at + 1}.${row.name}`, anchor: INDICATOR_ANCHOR(row.id) },
            paragraph([
              { text: `该指标分值${row.weight}分，得` },
              { text: row.score ?? '—', placeholder: `indicator.${row.id}.score` },
              { text: '分。' },
              ...(row.findings.trim() === '' ? [] : [{ text: row.findings.trim() }]),
            ]),
            ...(row.deductionReason.trim() === '' ? [] : [plain(`扣分原因：${row.deductionReason.trim()}`)]),
          ]),
        ];
      }),
    problems: () =>
      model.narrative.problems.flatMap((problem, index): DocumentBlock[] => [
        {
          kind: 'heading',
          level: 2,
          text: `（${chineseOrdinal(index)}）${problem.title}`,
          anchor: PROBLEM_ANCHOR(index),
        },
        ...narrativeParagraphs(problem.text).map((text) => paragraph(runsOf(text, values))),
      ]),
    'other.responsibility': () => {
      const overridden = model.scores.indicators.filter((row) => row.overridden);
      if (overridden.length === 0) return [];
      return [
        plain('以下指标的得分经评价组专业判断作出调整：'),
        ...overridden.map((row) => {
          // A 酌情 indicator has no rule score: it is judged, not adjusted. The reason's own full stop is not doubled.
          const scored =
            row.ruleScore === null
              ? `评分规则不适用，经专业判断评为${row.score ?? '—'}分`
              : `按评分规则得${row.ruleScore}分，调整为${row.score ?? '—'}分`;
          const reason = (row.overrideReason ?? '').trim().replace(/[。.]+$/, '');
          return plain(`${row.id} ${row.name}：${scored}，理由：${reason}。`, `override:${row.id}`);
        }),
      ];
    },
  };

  const body: DocumentBlock[] = [];
  if (model.options.summaryTable) body.push(summaryTable(model));
  for (const chapter of REPORT_OUTLINE) {
    body.push({ kind: 'heading', level: 1, text: chapter.heading, anchor: `chapter:${chapter.key}` });
    if (chapter.slot !== null) {
      body.push(...slot(chapter.slot));
      body.push(...(data[chapter.slot]?.() ?? []));
    }
    for (const section of chapter.sections) {
      body.push({
        kind: 'heading',
        level: section.level,
        text: section.heading,
        anchor: `heading:${section.key}`,
      });
      body.push(...slot(section.key), ...(data[section.key]?.() ?? []));
    }
  }

  const appendix1: DocumentSection = {
    orientation: 'landscape',
    newPage: true,
    blocks: [
      { kind: 'heading', level: 1, text: '附件1：部门整体支出绩效评价指标体系打分表', anchor: 'appendix:1' },
      scoringTable(model),
      plain(`评价等级划分：${gradeScaleText(model)}。`),
    ],
  };
  // Feedback (征求意见, issue 11): 附件2 is filled from the form and its answers.
  const appendix2: DocumentSection = {
    orientation: 'portrait',
    newPage: true,
    blocks: feedbackAppendixBlocks(model),
  };

  const title = `${model.facts.evaluationTitle}报告`;
  return {
    title,
    cover: {
      title,
      versionLabel: model.options.versionLabel,
      lines: [
        { label: '委托单位', value: model.facts.bureauName },
        { label: '被评价单位', value: model.facts.unitName },
        { label: '评价机构', value: model.facts.firmName },
      ],
      date: reportDateText(model.facts.reportDate),
    },
    sections: [{ orientation: 'portrait', newPage: false, blocks: body }, appendix1, appendix2],
  };
}
