import { Injectable } from '@nestjs/common';
import type {
  FrameworkTemplateDetail,
  FrameworkTemplateStatus,
  FrameworkTemplateSummary,
  FrameworkTemplateVersionInfo,
} from '@jixiao/contracts';
import {
  BUILTIN_FRAMEWORKS,
  countIndicators,
  localiseProblem,
  validateFramework,
  type Framework,
  type FrameworkProblem,
} from '@jixiao/domain';
import { AppError, AuditTrail, RequestContext, TenantDatabase } from '@jixiao/api-platform';
import { requireValidFramework } from './framework-problems';

export const BUILTIN_PREFIX = 'builtin-';

interface TemplateRow {
  id: string;
  name: string;
  status: FrameworkTemplateStatus;
  current_version: number;
  updated_at: Date;
  updated_by_name: string | null;
  indicator_count: number;
}

interface TemplateRowWithFramework extends TemplateRow {
  framework: Framework;
}

function builtinSummary(framework: Framework): FrameworkTemplateSummary {
  return {
    id: `${BUILTIN_PREFIX}${framework.key}`,
    builtin: true,
    name: framework.name,
    status: 'active',
    version: 1,
    indicatorCount: countIndicators(framework.indicators),
    updatedAt: new Date(0).toISOString(),
    updatedByName: null,
  };
}

function summary(row: TemplateRow): FrameworkTemplateSummary {
  return {
    id: row.id,
    builtin: false,
    name: row.name,
    status: row.status,
    version: row.current_version,
    indicatorCount: row.indicator_count,
    updatedAt: row.updated_at.toISOString(),
    updatedByName: row.updated_by_name,
  };
}

/** The built-in systems' list entries: they never change, so they are counted once. */
const BUILTIN_SUMMARIES: readonly FrameworkTemplateSummary[] = BUILTIN_FRAMEWORKS.map(builtinSummary);

const TEMPLATE_COLUMNS = `t.id, t.name, t.status, t.current_version, t.updated_at,
  u.display_name AS updated_by_name, v.indicator_count`;
const TEMPLATE_FROM = `
    FROM framework_template t
    JOIN framework_template_version v ON v.template_id = t.id AND v.version = t.current_version
    LEFT JOIN app_user u ON u.id = t.updated_by`;
/** The list reads each current version's count, never its framework (a few hundred kilobytes each). */
const TEMPLATE_SELECT = `SELECT ${TEMPLATE_COLUMNS} ${TEMPLATE_FROM}`;
const TEMPLATE_WITH_FRAMEWORK_SELECT = `SELECT ${TEMPLATE_COLUMNS}, v.framework ${TEMPLATE_FROM}`;

/**
 * The organisation's indicator-system library. Every save writes a new immutable version; the
 * built-in systems (the seed reports' frameworks) are read-only and copied to be edited.
 */
@Injectable()
export class FrameworkTemplatesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
    private readonly audit: AuditTrail,
  ) {}

  async list(): Promise<FrameworkTemplateSummary[]> {
    const { organisationId } = this.context.requirePrincipal();
    const rows = (await this.db.manager.query(
      `${TEMPLATE_SELECT} WHERE t.organisation_id = $1 ORDER BY t.status, t.updated_at DESC, t.id`,
      [organisationId],
    )) as TemplateRow[];
    return [...rows.map(summary), ...BUILTIN_SUMMARIES];
  }

  async get(id: string): Promise<FrameworkTemplateDetail> {
    const builtin = this.builtin(id);
    if (builtin) {
      return {
        ...builtinSummary(builtin),
        framework: builtin,
        versions: [{ version: 1, createdAt: new Date(0).toISOString(), createdByName: null, note: '' }],
        problems: this.problems(builtin),
      };
    }
    const row = await this.findRow<TemplateRowWithFramework>(TEMPLATE_WITH_FRAMEWORK_SELECT, id);
    const versions = (await this.db.manager.query(
      `SELECT v.version, v.created_at, v.note, u.display_name AS created_by_name
         FROM framework_template_version v LEFT JOIN app_user u ON u.id = v.created_by
        WHERE v.template_id = $1 ORDER BY v.version DESC`,
      [row.id],
    )) as { version: number; created_at: Date; note: string; created_by_name: string | null }[];
    return {
      ...summary(row),
      framework: row.framework,
      versions: versions.map((version): FrameworkTemplateVersionInfo => ({
        version: version.version,
        createdAt: version.created_at.toISOString(),
        createdByName: version.created_by_name,
        note: version.note,
      })),
      problems: this.problems(row.framework),
    };
  }

  async create(json: unknown, note = '', copiedFrom: string | null = null): Promise<FrameworkTemplateDetail> {
    const { framework } = requireValidFramework(json, this.context.locale);
    const { organisationId, userId } = this.context.requirePrincipal();
    const [{ id }] = (await this.db.manager.query(
      `INSERT INTO framework_template (organisation_id, name, copied_from, updated_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [organisationId, framework.name, copiedFrom, userId],
    )) as [{ id: string }];
    await this.insertVersion(id, 1, framework, note);
    await this.audit.record({
      action: 'framework.create',
      targetType: 'framework',
      targetId: id,
      detail: { name: framework.name, copiedFrom },
    });
    return this.get(id);
  }

  async copy(id: string, name: string): Promise<FrameworkTemplateDetail> {
    const source = await this.get(id);
    return this.create(
      { ...source.framework, name },
      `复制自「${source.name}」第 ${source.version} 版`,
      source.id,
    );
  }

  async update(id: string, json: unknown, baseVersion: number, note = ''): Promise<FrameworkTemplateDetail> {
    if (this.builtin(id)) throw new AppError('FRAMEWORK_BUILTIN_READONLY', 409);
    const { framework } = requireValidFramework(json, this.context.locale);
    const row = await this.findRow(TEMPLATE_SELECT, id, true);
    if (row.status === 'retired') throw new AppError('CONFLICT', 409);
    if (row.current_version !== baseVersion) throw new AppError('CONFLICT', 409);
    const version = row.current_version + 1;
    await this.insertVersion(id, version, framework, note);
    await this.db.manager.query(
      `UPDATE framework_template SET current_version = $2, name = $3, updated_at = now(), updated_by = $4 WHERE id = $1`,
      [id, version, framework.name, this.context.requirePrincipal().userId],
    );
    await this.audit.record({
      action: 'framework.update',
      targetType: 'framework',
      targetId: id,
      detail: { version },
    });
    return this.get(id);
  }

  async setStatus(id: string, status: FrameworkTemplateStatus): Promise<FrameworkTemplateDetail> {
    if (this.builtin(id)) throw new AppError('FRAMEWORK_BUILTIN_READONLY', 409);
    const row = await this.findRow(TEMPLATE_SELECT, id, true);
    if (row.status !== status) {
      await this.db.manager.query(
        `UPDATE framework_template SET status = $2, updated_at = now(), updated_by = $3 WHERE id = $1`,
        [id, status, this.context.requirePrincipal().userId],
      );
      await this.audit.record({
        action: status === 'retired' ? 'framework.retire' : 'framework.restore',
        targetType: 'framework',
        targetId: id,
      });
    }
    return this.get(id);
  }

  /**
   * A framework code not yet used in the library (nor by a built-in): `key`, or `key-2`, `key-3` …
   * with the name of the template that holds `key` when it had to be renamed.
   */
  async freeKey(key: string): Promise<{ key: string; takenBy: string | null }> {
    const { organisationId } = this.context.requirePrincipal();
    const rows = (await this.db.manager.query(
      `SELECT t.name, v.framework->>'key' AS key
         FROM framework_template t
         JOIN framework_template_version v ON v.template_id = t.id AND v.version = t.current_version
        WHERE t.organisation_id = $1 AND (v.framework->>'key' = $2 OR v.framework->>'key' LIKE $3)`,
      [organisationId, key, `${key.replace(/[\\%_]/g, '\\$&')}-%`],
    )) as { name: string; key: string }[];
    const used = new Map<string, string>([
      ...BUILTIN_FRAMEWORKS.map((framework): [string, string] => [framework.key, framework.name]),
      ...rows.map((row): [string, string] => [row.key, row.name]),
    ]);
    const takenBy = used.get(key) ?? null;
    if (takenBy === null) return { key, takenBy };
    let n = 2;
    while (used.has(`${key}-${n}`)) n += 1;
    return { key: `${key}-${n}`, takenBy };
  }

  /** The framework of a template (the version given, else the latest), as an evaluation would adopt it. */
  async framework(id: string): Promise<Framework> {
    return (await this.get(id)).framework;
  }

  /** The stored framework's problems, in the request's language. */
  private problems(framework: Framework): FrameworkProblem[] {
    return validateFramework(framework).map((problem) => localiseProblem(problem, this.context.locale));
  }

  private builtin(id: string): Framework | undefined {
    if (!id.startsWith(BUILTIN_PREFIX)) return undefined;
    return BUILTIN_FRAMEWORKS.find((framework) => `${BUILTIN_PREFIX}${framework.key}` === id);
  }

  /** The template's row as `select` reads it (with or without its framework), optionally locked. */
  private async findRow<Row extends TemplateRow>(select: string, id: string, lock = false): Promise<Row> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw AppError.notFound();
    const { organisationId } = this.context.requirePrincipal();
    if (lock) {
      await this.db.manager.query(
        `SELECT 1 FROM framework_template WHERE id = $1 AND organisation_id = $2 FOR NO KEY UPDATE`,
        [id, organisationId],
      );
    }
    const [row] = (await this.db.manager.query(`${select} WHERE t.id = $1 AND t.organisation_id = $2`, [
      id,
      organisationId,
    ])) as Row[];
    if (!row) throw AppError.notFound();
    return row;
  }

  private async insertVersion(
    templateId: string,
    version: number,
    framework: Framework,
    note: string,
  ): Promise<void> {
    const { organisationId, userId } = this.context.requirePrincipal();
    await this.db.manager.query(
      `INSERT INTO framework_template_version
         (organisation_id, template_id, version, framework, indicator_count, note, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        organisationId,
        templateId,
        version,
        JSON.stringify(framework),
        countIndicators(framework.indicators),
        note,
        userId,
      ],
    );
  }
}
