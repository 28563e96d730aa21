import { Injectable } from '@nestjs/common';
import type { PartyOrganisation, RosterFirm } from '@jixiao/contracts';
import { TenantDatabase } from '@jixiao/api-platform';

interface RosterRow {
  firm_org_id: string;
  firm_name: string;
  firm_credit_code: string;
  firm_region: string;
  status: RosterFirm['status'];
  added_at: Date;
}

function toRosterFirm(row: RosterRow): RosterFirm {
  return {
    firmId: row.firm_org_id,
    name: row.firm_name,
    creditCode: row.firm_credit_code,
    region: row.firm_region,
    status: row.status,
    addedAt: row.added_at.toISOString(),
  };
}

const ROSTER_COLUMNS = `firm_org_id, firm_name, firm_credit_code, firm_region, status, added_at`;

/** The bureau's roster of evaluating firms (第三方机构库) and the units it oversees. */
@Injectable()
export class FirmRosterRepository {
  constructor(private readonly db: TenantDatabase) {}

  async list(bureauOrgId: string): Promise<RosterFirm[]> {
    const rows = (await this.db.manager.query(
      `SELECT ${ROSTER_COLUMNS} FROM firm_roster WHERE bureau_org_id = $1 ORDER BY status, firm_name`,
      [bureauOrgId],
    )) as RosterRow[];
    return rows.map(toRosterFirm);
  }

  async find(bureauOrgId: string, firmOrgId: string, lock = false): Promise<RosterFirm | undefined> {
    const [row] = (await this.db.manager.query(
      `SELECT ${ROSTER_COLUMNS} FROM firm_roster WHERE bureau_org_id = $1 AND firm_org_id = $2${lock ? ' FOR NO KEY UPDATE' : ''}`,
      [bureauOrgId, firmOrgId],
    )) as RosterRow[];
    return row && toRosterFirm(row);
  }

  /** An active firm's public identity by credit code (through the one cross-organisation function). */
  async findFirmByCreditCode(
    creditCode: string,
  ): Promise<{ id: string; name: string; region: string; creditCode: string } | undefined> {
    const [row] = (await this.db.manager.query(
      `SELECT id, name, region, credit_code FROM roster_find_firm($1)`,
      [creditCode],
    )) as { id: string; name: string; region: string; credit_code: string }[];
    return row && { id: row.id, name: row.name, region: row.region, creditCode: row.credit_code };
  }

  async add(
    bureauOrgId: string,
    firm: { id: string; name: string; region: string; creditCode: string },
    addedBy: string,
  ): Promise<boolean> {
    const rows = (await this.db.manager.query(
      `INSERT INTO firm_roster (bureau_org_id, firm_org_id, firm_name, firm_region, firm_credit_code, added_by)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING firm_org_id`,
      [bureauOrgId, firm.id, firm.name, firm.region, firm.creditCode, addedBy],
    )) as unknown[];
    return rows.length === 1;
  }

  async setStatus(bureauOrgId: string, firmOrgId: string, status: RosterFirm['status']): Promise<void> {
    await this.db.manager.query(
      `UPDATE firm_roster SET status = $3, updated_at = now() WHERE bureau_org_id = $1 AND firm_org_id = $2`,
      [bureauOrgId, firmOrgId, status],
    );
  }

  async activeFirms(bureauOrgId: string): Promise<PartyOrganisation[]> {
    const rows = (await this.db.manager.query(
      `SELECT firm_org_id, firm_name FROM firm_roster WHERE bureau_org_id = $1 AND status = 'active' ORDER BY firm_name`,
      [bureauOrgId],
    )) as { firm_org_id: string; firm_name: string }[];
    return rows.map((row) => ({ id: row.firm_org_id, name: row.firm_name }));
  }

  /** The bureau's active units (organisation rows it may read through `parent_bureau_id`). */
  async units(bureauOrgId: string): Promise<PartyOrganisation[]> {
    const rows = (await this.db.manager.query(
      `SELECT id, name FROM organisation WHERE parent_bureau_id = $1 AND kind = 'unit' AND status = 'active' ORDER BY name`,
      [bureauOrgId],
    )) as { id: string; name: string }[];
    return rows;
  }

  async organisationName(organisationId: string): Promise<string | undefined> {
    const [row] = (await this.db.manager.query(`SELECT name FROM organisation WHERE id = $1`, [
      organisationId,
    ])) as {
      name: string;
    }[];
    return row?.name;
  }
}
