import { Injectable } from '@nestjs/common';
import type { EvaluationDetail, TeamCandidate } from '@jixiao/contracts';
import { AppError, AuditTrail, RequestContext } from '@jixiao/api-platform';
import { EvaluationAccess } from '../evaluations/evaluation-access';
import { EvaluationDetailReader } from '../evaluations/evaluation-detail';
import { EvaluationRepository } from '../evaluations/evaluation.repository';
import { WorkGuard } from '../evaluations/work-guard';
import type { DeclareIndependenceDto, SetTeamDto } from './team.dto';
import { TeamRepository } from './team.repository';

/** Forming the team and its members' independence declarations (回避声明). */
@Injectable()
export class TeamService {
  constructor(
    private readonly context: RequestContext,
    private readonly access: EvaluationAccess,
    private readonly guard: WorkGuard,
    private readonly team: TeamRepository,
    private readonly evaluations: EvaluationRepository,
    private readonly detail: EvaluationDetailReader,
    private readonly audit: AuditTrail,
  ) {}

  async candidates(id: string): Promise<TeamCandidate[]> {
    const row = await this.access.require(id);
    await this.guard.require('manage_team', row);
    return this.team.candidates(row.firm_org_id);
  }

  async set(id: string, dto: SetTeamDto): Promise<EvaluationDetail> {
    const row = await this.access.require(id, { lock: true });
    await this.guard.require('manage_team', row);
    const userIds = dto.members.map((member) => member.userId);
    const problems: { field: string; code: string }[] = [];
    if (new Set(userIds).size !== userIds.length)
      problems.push({ field: 'members', code: 'team.duplicate_member' });
    if (dto.members.filter((member) => member.teamRole === 'lead').length !== 1)
      problems.push({ field: 'members', code: 'team.one_lead' });
    // A member must be an active user of this firm: never a user of the bureau, the unit or anyone else.
    const names = await this.team.activeFirmUsers(row.firm_org_id, userIds);
    dto.members.forEach((member, index) => {
      if (!names.has(member.userId))
        problems.push({ field: `members.${index}.userId`, code: 'team.not_firm_user' });
    });
    if (problems.length > 0) throw AppError.validation(problems);
    const principal = this.context.requirePrincipal();
    await this.team.replace(
      row,
      dto.members.map((member) => ({ ...member, displayName: names.get(member.userId) ?? '' })),
      principal.userId,
    );
    await this.evaluations.touch(row);
    await this.audit.record({
      action: 'evaluation.team',
      targetType: 'evaluation',
      targetId: row.id,
      detail: { members: dto.members.map(({ userId, teamRole }) => ({ userId, teamRole })) },
    });
    return this.detail.read(row);
  }

  async declare(id: string, dto: DeclareIndependenceDto): Promise<EvaluationDetail> {
    const row = await this.access.require(id, { lock: true });
    await this.guard.require('declare_independence', row);
    const principal = this.context.requirePrincipal();
    await this.team.declare(row, principal.userId, dto.text);
    await this.audit.record({
      action: 'evaluation.declare_independence',
      targetType: 'evaluation',
      targetId: row.id,
      detail: { textLength: dto.text.length },
    });
    return this.detail.read(row);
  }
}
