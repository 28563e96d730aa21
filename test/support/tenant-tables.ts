/** The tables that hold tenants' rows, for the isolation suites (row-level security, cross-organisation probes). */

/** Tables whose rows belong to one organisation, keyed by the column that says which. */
export const ORGANISATION_OWNED: Record<string, string> = {
  organisation: 'id',
  app_user: 'organisation_id',
  auth_session: 'organisation_id',
  refresh_token: 'organisation_id',
  invitation: 'organisation_id',
  audit_event: 'organisation_id',
  outbox_message: 'organisation_id',
  framework_template: 'organisation_id',
  framework_template_version: 'organisation_id',
  idempotency_key: 'organisation_id',
  firm_roster: 'bureau_org_id',
  // Reminders and notifications (issue 9): also restricted to the user (app.user_id).
  notification: 'organisation_id',
  // Three-level review (三级复核, issue 11): the firm's review levels
  firm_review_level: 'firm_org_id',
};

/** Evaluation-scoped tables: shared with the three parties (or internal to one); see evaluations-row-level-security. */
export const PARTY_TABLES = [
  'evaluation',
  'evaluation_history',
  'evaluation_member',
  'evaluation_plan',
  'evaluation_framework',
  'evaluation_file',
  // Fieldwork: work papers (工作底稿), internal to the firm
  'evaluation_work_paper',
  'evaluation_work_paper_file',
  'evaluation_work_paper_history',
  // Request list (资料清单)
  'evaluation_request_item',
  'evaluation_request_answer',
  'evaluation_request_file',
  'evaluation_request_event',
  // Fieldwork: figures (shared) and the scoring workbench (internal to the firm)
  'evaluation_figure',
  'evaluation_project',
  'evaluation_score',
  'evaluation_score_file',
  'evaluation_score_request',
  'evaluation_score_result',
  // The report (issue 10): the draft internal to the firm, versions shared from for_feedback on
  'evaluation_report_draft',
  'evaluation_report_version',
  'evaluation_report_render',
  // Delivery (issue 11): amendments (更正记录), insert-only, shared with the three parties
  'evaluation_amendment',
  // Three-level review (三级复核, issue 11), internal to the firm
  'evaluation_report_author',
  'evaluation_review_round',
  'evaluation_review_signoff',
  'evaluation_review_note',
  // The archive package (归档包, issue 11): the firm and the bureau, never the unit
  'evaluation_archive_package',
  // Feedback (征求意见, issue 11): the unit's form, the unit's and the bureau's opinions, the firm's answers
  'evaluation_feedback_form',
  'evaluation_feedback_opinion',
  'evaluation_feedback_answer',
];
