import type { ArchiveFile } from '../codec';
import { writeTableXlsx } from '../codec';
import {
  beijingTime,
  STORED_FILE_COLUMNS,
  storedArchiveFile,
  type ArchiveContext,
  type ArchiveSection,
  type StoredFileRow,
} from './archive-section';

const FOLDER = '04 资料清单与证据';

const STATE_LABELS: Record<string, string> = {
  draft: '草稿',
  sent: '已发送',
  accepted: '已接收',
  more_requested: '需补充',
  rejected: '不予接收',
  waived: '已豁免',
};

interface ItemRow {
  id: string;
  seq: number;
  title: string;
  reason: string;
  indicator_ids: string[];
  due_date: string | null;
  required: boolean;
  state: string;
  round: number;
  decision_reason: string | null;
  explanation: string | null;
  submitted_by_name: string | null;
  submitted_at: Date | null;
}

interface EvidenceRow extends StoredFileRow {
  item_seq: number;
  item_title: string;
  round: number;
}

/** A row of the list: one per evidence file, or one for an item without files. */
interface ListRow {
  item: ItemRow;
  file: { path: string; size: number; sha256: string; round: number } | null;
}

/** The request list (资料清单) with the unit's answers, every evidence file, and each file's SHA-256. */
export const REQUESTS_SECTION: ArchiveSection = {
  folder: FOLDER,
  async files(context: ArchiveContext) {
    const { evaluation, db } = context;
    const items = await db.query<ItemRow>(
      `SELECT i.id, i.seq, i.title, i.reason, i.indicator_ids, i.due_date::text AS due_date, i.required, i.state,
              i.round, i.decision_reason, a.explanation, a.submitted_by_name, a.submitted_at
         FROM evaluation_request_item i
         LEFT JOIN evaluation_request_answer a
           ON a.bureau_org_id = i.bureau_org_id AND a.item_id = i.id AND a.round = i.round
        WHERE i.bureau_org_id = $1 AND i.evaluation_id = $2 ORDER BY i.seq`,
      [evaluation.bureauOrgId, evaluation.id],
    );
    const evidence = await db.query<EvidenceRow>(
      `SELECT ${STORED_FILE_COLUMNS}, i.seq AS item_seq, i.title AS item_title, rf.round
         FROM evaluation_request_file rf
         JOIN evaluation_request_item i ON i.bureau_org_id = rf.bureau_org_id AND i.id = rf.item_id
         JOIN evaluation_file f ON f.bureau_org_id = rf.bureau_org_id AND f.id = rf.file_id
        WHERE rf.bureau_org_id = $1 AND rf.evaluation_id = $2
        ORDER BY i.seq, rf.round, f.uploaded_at, f.id`,
      [evaluation.bureauOrgId, evaluation.id],
    );
    const files: ArchiveFile[] = [];
    const rows: ListRow[] = [];
    for (const item of items) {
      const own = evidence.filter((file) => file.item_seq === item.seq);
      for (const file of own) {
        const archived = await storedArchiveFile(
          context,
          FOLDER,
          file,
          `${String(item.seq).padStart(3, '0')}-第${file.round}轮-`,
        );
        files.push(archived);
        rows.push({
          item,
          file: {
            path: `${FOLDER}/${archived.name}`,
            size: Number(file.size),
            sha256: file.sha256,
            round: file.round,
          },
        });
      }
      if (own.length === 0) rows.push({ item, file: null });
    }
    const list = await writeTableXlsx(
      '资料清单',
      [
        { header: '序号', width: 6, value: (row: ListRow) => row.item.seq },
        { header: '资料名称', width: 30, value: (row: ListRow) => row.item.title },
        { header: '用途说明', width: 30, value: (row: ListRow) => row.item.reason },
        { header: '关联指标', width: 16, value: (row: ListRow) => row.item.indicator_ids.join('、') },
        { header: '截止日期', width: 12, value: (row: ListRow) => row.item.due_date ?? '' },
        { header: '必需', width: 6, value: (row: ListRow) => (row.item.required ? '是' : '否') },
        {
          header: '状态',
          width: 10,
          value: (row: ListRow) => STATE_LABELS[row.item.state] ?? row.item.state,
        },
        { header: '处理说明', width: 30, value: (row: ListRow) => row.item.decision_reason ?? '' },
        { header: '单位说明', width: 30, value: (row: ListRow) => row.item.explanation ?? '' },
        { header: '提交人', width: 12, value: (row: ListRow) => row.item.submitted_by_name ?? '' },
        { header: '提交时间', width: 20, value: (row: ListRow) => beijingTime(row.item.submitted_at) },
        { header: '轮次', width: 6, value: (row: ListRow) => row.file?.round ?? null },
        { header: '证据文件', width: 50, value: (row: ListRow) => row.file?.path ?? '' },
        { header: '大小（字节）', width: 12, value: (row: ListRow) => row.file?.size ?? null },
        { header: 'SHA-256', width: 68, value: (row: ListRow) => row.file?.sha256 ?? '' },
      ],
      rows,
    );
    return [
      {
        section: FOLDER,
        name: '资料清单及证据哈希.xlsx',
        bytes: list,
        source: 'table:evaluation_request_item',
      },
      ...files,
    ];
  },
};
