import type { ReviewRoundView } from '@jixiao/contracts';

/** One level of a round as the tab lists it: its title and who signed it when, or nobody yet. */
export interface LevelRow {
  level: number;
  title: string;
  signerName: string | null;
  signedAt: string | null;
  reportVersionSeq: number | null;
}

export function levelRows(round: ReviewRoundView): LevelRow[] {
  return round.levelTitles.map((title, index) => {
    const signOff = round.signOffs.find((candidate) => candidate.level === index + 1);
    return {
      level: index + 1,
      title,
      signerName: signOff?.signerName ?? null,
      signedAt: signOff?.signedAt ?? null,
      reportVersionSeq: signOff?.reportVersionSeq ?? null,
    };
  });
}

/** Shows the review tab from the review on (and afterwards, for the record). */
export function showsReview(status: string): boolean {
  return ['final_draft', 'review', 'issued', 'acknowledged', 'archived'].includes(status);
}
