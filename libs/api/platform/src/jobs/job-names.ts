/** A mail to send (queued by the outbox relay, sent by `mail.send`). */
export interface MailJob {
  to: string;
  subject: string;
  text: string;
  /** What the mail is about, for the operator's failed-job list (e.g. `outbox:<id>`). */
  reference: string;
}

/** Renders one saved report version to a file (issue 10): .docx, PDF (from the .docx) or the scoring table .xlsx. */
export interface ReportRenderJob {
  bureauOrgId: string;
  evaluationId: string;
  versionId: string;
  format: 'docx' | 'pdf' | 'xlsx';
}

/** Assembles the archive package (归档包, issue 11) of an archived evaluation; progress on its package row. */
export interface ArchiveBuildJob {
  bureauOrgId: string;
  evaluationId: string;
}

/** Every job the platform runs, with its payload: the typed union habit 8 asks for. */
export interface JobPayloads {
  /** Delivers undelivered outbox messages as notifications and mails. */
  'outbox.relay': Record<string, never>;
  /** Sends one mail through SMTP; retried with backoff when the server refuses or is away. */
  'mail.send': MailJob;
  /** Reminds about due and overdue items of every registered reminder source. */
  'reminders.daily': { day?: string };
  /** The report (issue 10): renders a saved version; progress is kept on its render row. */
  'report.render': ReportRenderJob;
  /** The archive package (issue 11): builds the engagement file's zip once the evaluation is archived. */
  'archive.build': ArchiveBuildJob;
}

export type JobName = keyof JobPayloads;

export const JOB_NAMES: readonly JobName[] = [
  'outbox.relay',
  'mail.send',
  'reminders.daily',
  'report.render',
  // The archive package (issue 11)
  'archive.build',
];

export function isJobName(value: string): value is JobName {
  return (JOB_NAMES as readonly string[]).includes(value);
}

/** One handler per job: `handle<Name>` methods, collected by the jobs module. */
export type JobHandlers = { [N in JobName]: (data: JobPayloads[N]) => Promise<void> };
