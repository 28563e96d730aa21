import { writeTableXlsx } from '../codec';
import {
  beijingTime,
  STORED_FILE_COLUMNS,
  storedArchiveFile,
  type ArchiveContext,
  type ArchiveSection,
  type StoredFileRow,
} from './archive-section';

const FOLDER = '01 委托与独立性';

interface MemberRow {
  display_name: string;
  team_role: 'lead' | 'evaluator';
  duties: string;
  declaration: string | null;
  declared_at: Date | null;
  added_at: Date;
}

/** The engagement letter (委托书: the bureau's uploaded file, if any) and the team's independence declarations. */
export const ENGAGEMENT_SECTION: ArchiveSection = {
  folder: FOLDER,
  async files(context: ArchiveContext) {
    const { evaluation, db } = context;
    const letters = await db.query<StoredFileRow>(
      `SELECT ${STORED_FILE_COLUMNS} FROM evaluation_file f
        WHERE f.bureau_org_id = $1 AND f.evaluation_id = $2 AND f.purpose = 'engagement_letter'
        ORDER BY f.uploaded_at, f.id`,
      [evaluation.bureauOrgId, evaluation.id],
    );
    const members = await db.query<MemberRow>(
      `SELECT display_name, team_role, duties, declaration, declared_at, added_at FROM evaluation_member
        WHERE bureau_org_id = $1 AND evaluation_id = $2 ORDER BY team_role = 'lead' DESC, added_at, user_id`,
      [evaluation.bureauOrgId, evaluation.id],
    );
    const declarations = await writeTableXlsx(
      '独立性声明',
      [
        { header: '姓名', width: 14, value: (row: MemberRow) => row.display_name },
        {
          header: '角色',
          width: 12,
          value: (row: MemberRow) => (row.team_role === 'lead' ? '项目负责人' : '评价人员'),
        },
        { header: '分工', width: 30, value: (row: MemberRow) => row.duties },
        { header: '独立性声明', width: 80, value: (row: MemberRow) => row.declaration ?? '（未声明）' },
        { header: '声明时间', width: 20, value: (row: MemberRow) => beijingTime(row.declared_at) },
      ],
      members,
    );
    return [
      ...(await Promise.all(
        letters.map((file, i) => storedArchiveFile(context, FOLDER, file, `委托书-${i + 1}-`)),
      )),
      {
        section: FOLDER,
        name: '评价小组及独立性声明.xlsx',
        bytes: declarations,
        source: 'table:evaluation_member',
      },
    ];
  },
};
