import { Injectable } from '@nestjs/common';
import type { RosterFirm } from '@jixiao/contracts';
import { creditCodeProblem, normaliseCreditCode } from '@jixiao/domain';
import { AppError, AuditTrail, RequestContext } from '@jixiao/api-platform';
import { FirmRosterRepository } from './firm-roster.repository';

/** The bureau's roster of evaluating firms (第三方机构库): add by credit code, suspend, restore. */
@Injectable()
export class FirmRosterService {
  constructor(
    private readonly context: RequestContext,
    private readonly roster: FirmRosterRepository,
    private readonly audit: AuditTrail,
  ) {}

  list(): Promise<RosterFirm[]> {
    return this.roster.list(this.context.requirePrincipal().organisationId);
  }

  async add(rawCreditCode: string): Promise<RosterFirm> {
    const bureauOrgId = this.context.requirePrincipal().organisationId;
    const creditCode = normaliseCreditCode(rawCreditCode);
    const problem = creditCodeProblem(creditCode);
    if (problem)
      throw new AppError('CREDIT_CODE_INVALID', 400, [
        { field: 'creditCode', code: `credit_code.${problem}` },
      ]);
    const firm = await this.roster.findFirmByCreditCode(creditCode);
    if (!firm || firm.id === bureauOrgId)
      throw new AppError('ROSTER_FIRM_UNKNOWN', 422, [{ field: 'creditCode', code: 'roster.firm_unknown' }]);
    if (!(await this.roster.add(bureauOrgId, firm, this.context.requirePrincipal().userId)))
      throw new AppError('ROSTER_FIRM_EXISTS', 409, [{ field: 'creditCode', code: 'roster.firm_exists' }]);
    await this.audit.record({
      action: 'roster.add',
      targetType: 'organisation',
      targetId: firm.id,
      detail: { creditCode },
    });
    return this.require(bureauOrgId, firm.id);
  }

  async setStatus(firmOrgId: string, status: RosterFirm['status']): Promise<RosterFirm> {
    const bureauOrgId = this.context.requirePrincipal().organisationId;
    const entry = await this.require(bureauOrgId, firmOrgId, true);
    if (entry.status !== status) {
      await this.roster.setStatus(bureauOrgId, firmOrgId, status);
      await this.audit.record({
        action: status === 'suspended' ? 'roster.suspend' : 'roster.restore',
        targetType: 'organisation',
        targetId: firmOrgId,
      });
    }
    return this.require(bureauOrgId, firmOrgId);
  }

  private async require(bureauOrgId: string, firmOrgId: string, lock = false): Promise<RosterFirm> {
    const entry = await this.roster.find(bureauOrgId, firmOrgId, lock);
    if (!entry) throw AppError.notFound();
    return entry;
  }
}
