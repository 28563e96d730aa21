import { readFile } from 'node:fs/promises';
import { verifyArchiveZip } from './codec';

/**
 * `node main.js verify-archive <package.zip>` (issue 11): checks a downloaded archive package offline —
 * every file its manifest lists is present with its SHA-256, nothing unlisted. Needs no database.
 */
export async function verifyArchiveFile(path: string | undefined): Promise<{ ok: boolean; report: string }> {
  if (!path) return { ok: false, report: 'Usage: verify-archive <package.zip>' };
  const check = await verifyArchiveZip(await readFile(path));
  if (check.problems.length === 0)
    return { ok: true, report: `OK: ${check.checkedFiles} files present and matching their SHA-256` };
  const lines = check.problems.map(
    (problem) => `  ${problem.kind}${problem.path ? `: ${problem.path}` : ''}`,
  );
  return { ok: false, report: [`FAILED: ${check.problems.length} problem(s)`, ...lines].join('\n') };
}
