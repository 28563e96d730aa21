/** The three organisations that share one evaluation (DOMAIN.md "The three parties"). */
export interface EvaluationParties {
  bureauOrgId: string;
  firmOrgId: string;
  unitOrgId: string;
}

export const PARTIES = ['bureau', 'firm', 'unit'] as const;
export type Party = (typeof PARTIES)[number];

/** Which party an organisation is in this evaluation, or null when it is none of them. */
export function partyOf(parties: EvaluationParties, organisationId: string): Party | null {
  if (organisationId === parties.bureauOrgId) return 'bureau';
  if (organisationId === parties.firmOrgId) return 'firm';
  if (organisationId === parties.unitOrgId) return 'unit';
  return null;
}

/** A firm may not evaluate itself nor its commissioner: the three parties are three organisations. */
export function partiesConflict(parties: EvaluationParties): boolean {
  return (
    parties.firmOrgId === parties.bureauOrgId ||
    parties.firmOrgId === parties.unitOrgId ||
    parties.unitOrgId === parties.bureauOrgId
  );
}
