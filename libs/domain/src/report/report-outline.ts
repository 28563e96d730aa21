/**
 * The fixed outline of an evaluation report (seed 1): headings are fixed, the text of each narrative
 * slot is free. Data blocks (tables, findings, problems, the work process) are placed by
 * `reportDocumentOf` next to the slots named here.
 */
export interface OutlineSlot {
  /** Stable key of the narrative slot; its anchor is `slot:<key>`. */
  key: string;
  /** The heading as printed, numbering included. */
  heading: string;
  level: 1 | 2;
}

export interface OutlineChapter {
  key: string;
  heading: string;
  /** Narrative directly under the chapter heading (before sub-headings), when it has one. */
  slot: string | null;
  sections: OutlineSlot[];
}

export const REPORT_OUTLINE: readonly OutlineChapter[] = [
  { key: 'abstract', heading: '摘要', slot: 'abstract', sections: [] },
  {
    key: 'overview',
    heading: '一、部门概况',
    slot: null,
    sections: [
      { key: 'overview.functions', heading: '（一）部门主要职能', level: 2 },
      { key: 'overview.organisation', heading: '（二）机构设置与人员情况', level: 2 },
      { key: 'overview.funds', heading: '（三）资金安排及使用情况', level: 2 },
    ],
  },
  {
    key: 'organisation',
    heading: '二、绩效评价组织情况',
    slot: null,
    sections: [
      { key: 'organisation.purpose', heading: '（一）绩效评价目的', level: 2 },
      { key: 'organisation.principles', heading: '（二）绩效评价原则', level: 2 },
      { key: 'organisation.basis', heading: '（三）绩效评价依据', level: 2 },
      { key: 'organisation.methods', heading: '（四）绩效评价方法', level: 2 },
      { key: 'organisation.indicators', heading: '（五）绩效评价指标体系及标准', level: 2 },
      { key: 'organisation.process', heading: '（六）绩效评价工作过程', level: 2 },
    ],
  },
  { key: 'conclusion', heading: '三、绩效评价综合情况及结论', slot: 'conclusion', sections: [] },
  { key: 'analysis', heading: '四、绩效评价情况分析', slot: 'analysis', sections: [] },
  { key: 'performance', heading: '五、主要绩效', slot: 'performance', sections: [] },
  { key: 'problems', heading: '六、存在问题及原因分析', slot: 'problems', sections: [] },
  { key: 'recommendations', heading: '七、针对问题提出的建议', slot: 'recommendations', sections: [] },
  {
    key: 'other',
    heading: '八、其他需说明的问题',
    slot: null,
    sections: [
      { key: 'other.responsibility', heading: '（一）关于评价责任的说明', level: 2 },
      { key: 'other.limitations', heading: '（二）本次绩效评价的局限性', level: 2 },
    ],
  },
];

/** The narrative slot of one level-1 family in 四 (`analysis.<id>`). */
export function analysisSlot(level1Id: string): string {
  return `analysis.${level1Id}`;
}

/** Every fixed slot key (the per-family analysis slots come from the framework). */
export function fixedSlotKeys(): string[] {
  return REPORT_OUTLINE.flatMap((chapter) => [
    ...(chapter.slot === null ? [] : [chapter.slot]),
    ...chapter.sections.map((section) => section.key),
  ]);
}

export const SLOT_ANCHOR = (key: string): string => `slot:${key}`;
export const INDICATOR_ANCHOR = (id: string): string => `indicator:${id}`;
export const PROBLEM_ANCHOR = (index: number): string => `problem:${index}`;
export const TOTAL_ANCHOR = 'table:level1';
