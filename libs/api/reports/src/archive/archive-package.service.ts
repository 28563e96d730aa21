import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { Injectable, type StreamableFile } from '@nestjs/common';
import type { ArchiveAudience, ArchivePackageView, ArchiveVerification } from '@jixiao/contracts';
import { EvaluationAccess, type EvaluationRow } from '@jixiao/api-evaluations';
import {
  AppError,
  AuditTrail,
  FileDownloads,
  FileStorage,
  RequestContext,
  StoredObjectNotFoundError,
} from '@jixiao/api-platform';
import { compareWithManifest, verifyArchiveZip } from './codec';
import { ArchivePackageRepository, type ArchivePackageRow } from './archive-package.repository';
import { readAll } from './stored-bytes';

const ZIP_TYPE = 'application/zip';

/**
 * The archive package as the firm and the commissioning bureau see it: status and progress, the index,
 * the zip (streamed from storage), and a verification of the stored zip against its recorded hash and
 * manifest. The unit never sees it (row-level security: 404, as for anything not its own).
 */
@Injectable()
export class ArchivePackageService {
  constructor(
    private readonly access: EvaluationAccess,
    private readonly packages: ArchivePackageRepository,
    private readonly downloads: FileDownloads,
    private readonly storage: FileStorage,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  async view(id: string): Promise<ArchivePackageView> {
    const found = await this.found(id);
    return {
      audience: found.audience,
      amendments: await this.packages.amendments(found.evaluation),
      status: found.status,
      progress: found.progress,
      failure: found.failure,
      size: found.size,
      sha256: found.sha256,
      fileName: found.fileName,
      createdAt: found.createdAt.toISOString(),
      builtAt: found.builtAt?.toISOString() ?? null,
      entries: found.manifest?.files ?? [],
    };
  }

  async download(id: string, response: ServerResponse): Promise<StreamableFile> {
    const ready = await this.ready(id);
    await this.audit.record({
      action: 'evaluation.archive_download',
      targetType: 'evaluation',
      targetId: id,
      detail: { sha256: ready.sha256 },
    });
    return this.downloads.attachment(response, {
      key: ready.storageKey,
      mediaType: ZIP_TYPE,
      originalName: ready.fileName,
      size: ready.size,
    });
  }

  /** Reads the stored zip back: its SHA-256 against the recorded one, every listed file against the manifest. */
  async verify(id: string): Promise<ArchiveVerification> {
    const ready = await this.ready(id);
    let bytes: Buffer;
    try {
      bytes = await readAll(await this.storage.get(ready.storageKey));
    } catch (error) {
      if (!(error instanceof StoredObjectNotFoundError)) throw error;
      return {
        ok: false,
        zipHashMatches: false,
        checkedFiles: 0,
        problems: [{ kind: 'missing', path: null }],
      };
    }
    const zipHashMatches = createHash('sha256').update(bytes).digest('hex') === ready.sha256;
    const check = await verifyArchiveZip(bytes);
    // The zip's own manifest must also be the one recorded when it was built (a rebuilt zip with a
    // consistent but different manifest is not the archived package).
    const found = new Map((check.manifest?.files ?? []).map((file) => [file.path, file]));
    const recorded = check.manifest ? compareWithManifest(found, ready.manifest.files) : [];
    const problems = [
      ...check.problems,
      ...recorded.filter((problem) => !check.problems.some((p) => p.path === problem.path)),
    ];
    await this.audit.record({
      action: 'evaluation.archive_verify',
      targetType: 'evaluation',
      targetId: id,
      detail: { ok: zipHashMatches && problems.length === 0, problems: problems.length },
    });
    return {
      ok: zipHashMatches && problems.length === 0,
      zipHashMatches,
      checkedFiles: check.checkedFiles,
      problems,
    };
  }

  /**
   * The caller's copy: the firm's engagement file for the firm, the bureau's copy (section 09 without the
   * review notes) for the bureau. Row-level security agrees: the bureau cannot read the firm's row.
   */
  private async found(
    id: string,
  ): Promise<ArchivePackageRow & { audience: ArchiveAudience; evaluation: EvaluationRow }> {
    // Reading or verifying the package of an archived evaluation changes nothing (verify is a POST).
    const evaluation = await this.access.require(id, { afterArchive: true });
    const audience: ArchiveAudience =
      this.context.requirePrincipal().organisationId === evaluation.firm_org_id ? 'firm' : 'bureau';
    const found = await this.packages.find(evaluation, audience);
    if (!found) throw AppError.notFound();
    return { ...found, audience, evaluation };
  }

  private async ready(id: string): Promise<
    ArchivePackageRow & {
      audience: ArchiveAudience;
      storageKey: string;
      fileName: string;
      size: number;
      sha256: string;
      manifest: { files: ArchivePackageView['entries'] };
    }
  > {
    const found = await this.found(id);
    const { storageKey, fileName, size, sha256, manifest } = found;
    if (found.status !== 'ready' || !storageKey || !fileName || size === null || !sha256 || !manifest)
      throw new AppError('ARCHIVE_PACKAGE_NOT_READY', 409);
    return { ...found, storageKey, fileName, size, sha256, manifest };
  }
}
