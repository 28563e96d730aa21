import type { Framework } from '../framework.model';
import { CAOJIAWAN_2023_FRAMEWORK } from './caojiawan-2023.framework';
import { ZHONGSHAN_2024_FRAMEWORK } from './zhongshan-2024.framework';

export { ZHONGSHAN_2024_FRAMEWORK } from './zhongshan-2024.framework';
export { CAOJIAWAN_2023_FRAMEWORK } from './caojiawan-2023.framework';
export { ZHONGSHAN_2024_FIXTURE } from './zhongshan-2024.fixture';
export { CAOJIAWAN_2023_FIXTURE } from './caojiawan-2023.fixture';
export { REPORTED_SCORE_REASON, reportedScores } from './report-fixture';
export type { ReportFixture } from './report-fixture';

/** The indicator systems transcribed from real reports (docs/seed-findings.md). */
export const BUILTIN_FRAMEWORKS: readonly Framework[] = [ZHONGSHAN_2024_FRAMEWORK, CAOJIAWAN_2023_FRAMEWORK];
