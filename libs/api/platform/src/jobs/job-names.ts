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
}

export type JobName = keyof JobPayloads;

export const JOB_NAMES: readonly JobName[] = [
  'outbox.relay',
  'mail.send',
  'reminders.daily',
  'report.render',
];

export function isJobName(value: string): value is JobName {
  return (JOB_NAMES as readonly string[]).includes(value);
}

/** One handler per job: `handle<Name>` methods, collected by the jobs module. */
export type JobHandlers = { [N in JobName]: (data: JobPayloads[N]) => Promise<void> };
