import { Injectable } from '@nestjs/common';
import { missingPlanSections, type EvaluationFacts } from '@jixiao/domain';
import { EvaluationFrameworkRepository } from '../framework/evaluation-framework.repository';
import { WorkPlanRepository } from '../plan/work-plan.repository';
import { FirmRosterRepository } from '../roster/firm-roster.repository';
import { TeamRepository } from '../team/team.repository';
import type { EvaluationRow } from './evaluation-row';

/** What the machine's guards need to know about one evaluation, read from the database. */
@Injectable()
export class EvaluationFactsReader {
  constructor(
    private readonly team: TeamRepository,
    private readonly frameworks: EvaluationFrameworkRepository,
    private readonly plans: WorkPlanRepository,
    private readonly roster: FirmRosterRepository,
  ) {}

  async read(row: EvaluationRow, actorUserId: string, newFirmOrgId?: string): Promise<EvaluationFacts> {
    // One connection per transaction: the queries run one after another anyway.
    const standing = await this.team.standing(row, actorUserId);
    const frameworkAdopted = await this.frameworks.exists(row);
    const plan = await this.plans.find(row);
    const facts: EvaluationFacts = {
      actorIsTeamLead: standing.actorIsLead,
      actorIsTeamMember: standing.actorIsMember,
      actorHasDeclared: standing.actorHasDeclared,
      teamHasLead: standing.hasLead,
      undeclaredMembers: standing.undeclared,
      frameworkAdopted,
      planMissingSections: missingPlanSections(plan),
    };
    if (newFirmOrgId !== undefined) {
      const entry = await this.roster.find(row.bureau_org_id, newFirmOrgId);
      facts.newFirmInRoster = entry?.status === 'active';
    }
    return facts;
  }
}
