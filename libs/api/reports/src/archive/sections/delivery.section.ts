import { writeTableXlsx } from '../codec';
import {
  beijingTime,
  STORED_FILE_COLUMNS,
  storedArchiveFile,
  type ArchiveContext,
  type ArchiveSection,
  type StoredFileRow,
} from './archive-section';
import { deliveryDateFields, type DeliveryDatesRow, type IssuedVersionRow } from './delivery-rows';
import type { FieldRow } from './feedback-rows';
import { historyRows, historyXlsx } from './history-rows';

const FOLDER = '10 出具与验收';

/**
 * Delivery and acknowledgement (出具, 验收): who issued, who acknowledged or returned, when and why (the
 * history); the issued version(s) with the content hash recorded at issue; the delivery dates (issued,
 * archive deadline, acknowledged, archived, retention); and the scans of the sealed report (盖章版),
 * checked against their recorded SHA-256.
 */
export const DELIVERY_SECTION: ArchiveSection = {
  folder: FOLDER,
  async files(context: ArchiveContext) {
    const { evaluation, db } = context;
    const key = [evaluation.bureauOrgId, evaluation.id];
    const rows = await historyRows(context, ['ISSUE', 'RETURN_ISSUED', 'ACKNOWLEDGE']);
    const [dates] = await db.query<DeliveryDatesRow>(
      `SELECT issued_at, archive_due_date::text AS archive_due_date, acknowledged_at, archived_at,
              retain_until::text AS retain_until, (archived_at::date <= archive_due_date) AS archived_on_time
         FROM evaluation WHERE bureau_org_id = $1 AND id = $2`,
      key,
    );
    if (!dates) throw new Error(`Evaluation ${evaluation.id} vanished`);
    const issued = await db.query<IssuedVersionRow>(
      `SELECT seq, model->'options'->>'versionLabel' AS version_label, content_hash, created_by_name, created_at
         FROM evaluation_report_version WHERE bureau_org_id = $1 AND evaluation_id = $2 AND stage = 'issued'
        ORDER BY seq`,
      key,
    );
    const sealed = await db.query<StoredFileRow>(
      `SELECT ${STORED_FILE_COLUMNS} FROM evaluation_file f
        WHERE f.bureau_org_id = $1 AND f.evaluation_id = $2 AND f.purpose = 'issued_report'
        ORDER BY f.uploaded_at, f.id`,
      key,
    );
    return [
      {
        section: FOLDER,
        name: '出具与验收记录.xlsx',
        bytes: await historyXlsx('出具与验收记录', rows),
        source: 'table:evaluation_history',
      },
      {
        section: FOLDER,
        name: '交付日期.xlsx',
        bytes: await writeTableXlsx(
          '交付日期',
          [
            { header: '项目', width: 26, value: (row: FieldRow) => row.field },
            { header: '日期', width: 24, value: (row: FieldRow) => row.value },
          ],
          deliveryDateFields(dates),
        ),
        source: 'table:evaluation',
      },
      {
        section: FOLDER,
        name: '出具版本.xlsx',
        bytes: await writeTableXlsx(
          '出具版本',
          [
            { header: '版本', width: 8, value: (row: IssuedVersionRow) => row.seq },
            { header: '名称', width: 16, value: (row: IssuedVersionRow) => row.version_label },
            { header: '出具人', width: 12, value: (row: IssuedVersionRow) => row.created_by_name },
            {
              header: '出具时间（北京时间）',
              width: 20,
              value: (row: IssuedVersionRow) => beijingTime(row.created_at),
            },
            {
              header: '报告内容 SHA-256（出具时记录）',
              width: 66,
              value: (row: IssuedVersionRow) => row.content_hash,
            },
          ],
          issued,
        ),
        source: 'table:evaluation_report_version',
      },
      ...(await Promise.all(
        sealed.map((file, i) => storedArchiveFile(context, FOLDER, file, `盖章版-${i + 1}-`)),
      )),
    ];
  },
};
