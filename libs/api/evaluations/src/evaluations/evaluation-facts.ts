import { Injectable } from '@nestjs/common';
import { missingPlanSections, type EvaluationFacts } from '@jixiao/domain';
import { EvaluationFrameworkRepository } from '../framework/evaluation-framework.repository';
import { WorkPlanRepository } from '../plan/work-plan.repository';
import { FirmRosterRepository } from '../roster/firm-roster.repository';
import { TeamRepository } from '../team/team.repository';
import type { EvaluationRow } from './evaluation-row';
import { FieldworkGate } from './fieldwork-gate';
import { LifecycleHooks } from '../lifecycle/lifecycle-hooks';

/** What the machine's guards need to know about one evaluation, read from the database. */
@Injectable()
export class EvaluationFactsReader {
  constructor(
    private readonly team: TeamRepository,
    private readonly frameworks: EvaluationFrameworkRepository,
    private readonly plans: WorkPlanRepository,
    private readonly roster: FirmRosterRepository,
    private readonly fieldwork: FieldworkGate,
    private readonly hooks: LifecycleHooks,
  ) {}

  async read(row: EvaluationRow, actorUserId: string, newFirmOrgId?: string): Promise<EvaluationFacts> {
    const facts = (await this.readMany([row], actorUserId)).get(row.id);
    if (!facts) throw new Error('Facts of an evaluation that was read');
    if (newFirmOrgId !== undefined) {
      const entry = await this.roster.find(row.bureau_org_id, newFirmOrgId);
      facts.newFirmInRoster = entry?.status === 'active';
    }
    return facts;
  }

  /** The facts of many evaluations in three queries, whatever their number (the to-do list). */
  async readMany(rows: readonly EvaluationRow[], actorUserId: string): Promise<Map<string, EvaluationFacts>> {
    // One connection per transaction: the queries run one after another anyway.
    const standings = await this.team.standings(rows, actorUserId);
    const adopted = await this.frameworks.adopted(rows);
    const plans = await this.plans.texts(rows);
    return new Map(
      rows.map((row) => {
        const standing = standings.get(row.id);
        const facts: EvaluationFacts = {
          actorIsTeamLead: standing?.actorIsLead ?? false,
          actorIsTeamMember: standing?.actorIsMember ?? false,
          actorHasDeclared: standing?.actorHasDeclared ?? false,
          teamHasLead: standing?.hasLead ?? false,
          undeclaredMembers: standing?.undeclared ?? 0,
          frameworkAdopted: adopted.has(row.id),
          planMissingSections: missingPlanSections(plans.get(row.id) ?? null),
        };
        return [row.id, facts];
      }),
    );
  }

  /**
   * The facts for deciding an event or offering it: the plain facts, plus what keeps fieldwork from
   * closing when the evaluation is in fieldwork and the firm asks (the only party that may close it;
   * computing the gate scores the whole indicator system, so it is not done for every work check).
   */
  async readForDecision(
    row: EvaluationRow,
    actor: { userId: string; organisationId: string },
    newFirmOrgId?: string,
  ): Promise<EvaluationFacts> {
    const facts = await this.read(row, actor.userId, newFirmOrgId);
    if (row.status === 'fieldwork' && actor.organisationId === row.firm_org_id)
      facts.fieldworkBlockers = await this.fieldwork.blockers(row);
    // The later capabilities (report, feedback, review, delivery, archive) add what they know.
    await this.hooks.addFacts(row, actor, facts);
    return facts;
  }
}
