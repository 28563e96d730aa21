import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import type { ArchivePackageView, ArchiveVerification, EvaluationDetail } from '@jixiao/contracts';
import {
  ArchiveApiService,
  DateTimePipe,
  EvaluationsApiService,
  I18nService,
  TranslatePipe,
  saveBlob,
  toApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { IdempotencyKeys } from '../model/idempotency';
import { readableSize } from './archive-tab';

/** How often the tab asks for the package's progress while it builds. */
const POLL_MS = 1500;

/**
 * 归档: before archiving, what archiving does; after, the package's progress, then its download with
 * size and SHA-256, a verification of the stored zip, and its contents (the index) as a table.
 */
@Component({
  selector: 'jx-archive-tab',
  imports: [
    NzAlertModule,
    NzButtonModule,
    NzDescriptionsModule,
    NzIconModule,
    NzPopconfirmModule,
    NzProgressModule,
    NzTableModule,
    NzTagModule,
    DateTimePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div data-testid="archive-tab">
      @if (evaluation().status !== 'archived') {
        <p>{{ 'archive.intro' | t }}</p>
        @if (evaluation().availableEvents.includes('ARCHIVE')) {
          <button
            nz-button
            nzType="primary"
            type="button"
            data-testid="archive-start"
            nz-popconfirm
            [nzPopconfirmTitle]="'archive.confirm' | t"
            [nzOkText]="'common.confirm' | t"
            [nzCancelText]="'common.cancel' | t"
            [nzLoading]="archiving()"
            (nzOnConfirm)="archive()"
          >
            <nz-icon nzType="inbox" /> {{ 'archive.start' | t }}
          </button>
        } @else if (evaluation().myParty === 'firm') {
          <nz-alert nzType="info" nzShowIcon [nzMessage]="'archive.archiveHint' | t" />
        }
      } @else if (pkg(); as p) {
        @switch (p.status) {
          @case ('ready') {
            <nz-descriptions nzBordered nzSize="small" [nzColumn]="1" [nzTitle]="'archive.package' | t">
              <nz-descriptions-item [nzTitle]="'archive.fileName' | t">
                <span data-testid="archive-file-name">{{ p.fileName }}</span>
              </nz-descriptions-item>
              <nz-descriptions-item [nzTitle]="'archive.size' | t">
                <span data-testid="archive-size">{{ size(p.size) }}</span>
              </nz-descriptions-item>
              <nz-descriptions-item [nzTitle]="'archive.sha256' | t">
                <code class="jx-hash" data-testid="archive-sha256">{{ p.sha256 }}</code>
              </nz-descriptions-item>
              <nz-descriptions-item [nzTitle]="'archive.builtAt' | t">{{
                p.builtAt | dateTime
              }}</nz-descriptions-item>
              <nz-descriptions-item [nzTitle]="'archive.fileCount' | t">{{
                p.entries.length
              }}</nz-descriptions-item>
            </nz-descriptions>
            <nz-alert
              class="jx-audience"
              data-testid="archive-audience"
              nzType="info"
              nzShowIcon
              [nzMessage]="audienceNote(p.audience)"
            />
            <div class="jx-buttons">
              <button
                nz-button
                nzType="primary"
                type="button"
                data-testid="archive-download"
                [nzLoading]="downloading()"
                (click)="download()"
              >
                <nz-icon nzType="download" /> {{ 'archive.download' | t }}
              </button>
              <button
                nz-button
                type="button"
                data-testid="archive-verify"
                [nzLoading]="verifying()"
                (click)="verify()"
              >
                <nz-icon nzType="safety-certificate" /> {{ 'archive.verify' | t }}
              </button>
            </div>
            @if (verification(); as v) {
              @if (v.ok) {
                <nz-alert
                  data-testid="archive-verified"
                  nzType="success"
                  nzShowIcon
                  [nzMessage]="'archive.verified' | t: { count: v.checkedFiles }"
                />
              } @else {
                <nz-alert
                  data-testid="archive-verify-failed"
                  nzType="error"
                  nzShowIcon
                  [nzMessage]="
                    'archive.verifyFailed' | t: { count: v.problems.length + (v.zipHashMatches ? 0 : 1) }
                  "
                  [nzDescription]="problems"
                />
                <ng-template #problems>
                  <ul class="jx-problems">
                    @if (!v.zipHashMatches) {
                      <li>{{ 'archive.zipHashMismatch' | t }}</li>
                    }
                    @for (problem of v.problems; track $index) {
                      <li>{{ problemLabel(problem.kind) }}{{ problem.path ? '：' + problem.path : '' }}</li>
                    }
                  </ul>
                </ng-template>
              }
            }
            <h3 class="jx-contents">{{ 'archive.contents' | t }}</h3>
            <nz-table
              #contents
              data-testid="archive-contents"
              nzSize="small"
              [nzData]="p.entries"
              [nzPageSize]="50"
              [nzHideOnSinglePage]="true"
            >
              <thead>
                <tr>
                  <th scope="col" nzWidth="150px">{{ 'archive.col.section' | t }}</th>
                  <th scope="col">{{ 'archive.col.path' | t }}</th>
                  <th scope="col" nzWidth="100px">{{ 'archive.col.size' | t }}</th>
                  <th scope="col" nzWidth="170px">{{ 'archive.col.sha256' | t }}</th>
                  <th scope="col" nzWidth="200px">{{ 'archive.col.source' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (entry of contents.data; track entry.path) {
                  <tr data-testid="archive-entry">
                    <td>{{ entry.section }}</td>
                    <td class="jx-path">{{ entry.path }}</td>
                    <td>{{ size(entry.size) }}</td>
                    <td>
                      <code class="jx-hash" [title]="entry.sha256">{{ entry.sha256.slice(0, 16) }}…</code>
                    </td>
                    <td class="jx-source">{{ entry.source }}</td>
                  </tr>
                }
              </tbody>
            </nz-table>
          }
          @case ('failed') {
            <nz-alert
              data-testid="archive-failed"
              nzType="error"
              nzShowIcon
              [nzMessage]="'archive.failed' | t: { reason: p.failure ?? '' }"
            />
          }
          @default {
            <div data-testid="archive-building">
              <p>{{ 'archive.building' | t }}</p>
              <nz-tag nzColor="processing">{{ statusLabel(p.status) }}</nz-tag>
              <nz-progress [nzPercent]="p.progress" nzStatus="active" />
            </div>
          }
        }
        @if (p.amendments.length > 0) {
          <h3 class="jx-contents">{{ 'archive.amendments' | t }}</h3>
          <p class="jx-note">{{ 'archive.amendmentsNote' | t }}</p>
          <nz-table
            data-testid="archive-amendments"
            nzSize="small"
            [nzData]="p.amendments"
            [nzShowPagination]="false"
          >
            <thead>
              <tr>
                <th scope="col" nzWidth="60px">{{ 'archive.amendment.col.seq' | t }}</th>
                <th scope="col">{{ 'archive.amendment.col.correction' | t }}</th>
                <th scope="col">{{ 'archive.amendment.col.reason' | t }}</th>
                <th scope="col">{{ 'archive.amendment.col.impact' | t }}</th>
                <th scope="col" nzWidth="100px">{{ 'archive.amendment.col.approver' | t }}</th>
                <th scope="col" nzWidth="100px">{{ 'archive.amendment.col.author' | t }}</th>
                <th scope="col" nzWidth="150px">{{ 'archive.amendment.col.at' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (amendment of p.amendments; track amendment.seq) {
                <tr data-testid="archive-amendment">
                  <td>{{ amendment.seq }}</td>
                  <td class="jx-path">{{ amendment.correction }}</td>
                  <td>{{ amendment.reason }}</td>
                  <td>
                    {{ amendment.conclusionImpact }}
                    @if (amendment.conclusionsChanged) {
                      <nz-tag nzColor="warning">{{ 'archive.amendment.conclusionsChanged' | t }}</nz-tag>
                    }
                  </td>
                  <td>{{ amendment.approverName }}</td>
                  <td>{{ amendment.authorName }}</td>
                  <td>{{ amendment.createdAt | dateTime }}</td>
                </tr>
              }
            </tbody>
          </nz-table>
        }
      } @else if (loadError(); as error) {
        <nz-alert nzType="error" nzShowIcon [nzMessage]="error" />
      } @else {
        <p>{{ 'archive.none' | t }}</p>
      }
    </div>
  `,
  styles: `
    .jx-buttons {
      display: flex;
      gap: 8px;
      margin: 16px 0;
    }
    .jx-hash {
      font-size: 12px;
      word-break: break-all;
    }
    .jx-contents {
      margin-top: 16px;
      font-size: 16px;
    }
    .jx-path {
      word-break: break-all;
    }
    .jx-source {
      color: rgba(0, 0, 0, 0.65);
      word-break: break-all;
    }
    .jx-audience {
      margin-top: 16px;
    }
    .jx-note {
      color: rgba(0, 0, 0, 0.65);
    }
    .jx-problems {
      margin: 0;
      padding-left: 20px;
    }
  `,
})
export class ArchiveTabComponent {
  readonly evaluation = input.required<EvaluationDetail>();
  /** The evaluation once archived from this tab, for the page to show. */
  readonly changed = output<EvaluationDetail>();
  private readonly api = inject(ArchiveApiService);
  private readonly evaluations = inject(EvaluationsApiService);
  private readonly keys = new IdempotencyKeys();
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);
  protected readonly pkg = signal<ArchivePackageView | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly verification = signal<ArchiveVerification | null>(null);
  protected readonly downloading = signal(false);
  protected readonly verifying = signal(false);
  protected readonly archiving = signal(false);
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    effect(() => {
      const evaluation = this.evaluation();
      if (evaluation.status === 'archived') untracked(() => void this.load(evaluation.id));
    });
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  protected size(bytes: number | null): string {
    return readableSize(bytes);
  }

  protected statusLabel(status: ArchivePackageView['status']): string {
    return this.i18n.t(`archive.status.${status}`);
  }

  /** Whose copy this is: the firm's engagement file, or the bureau's copy without the review notes. */
  protected audienceNote(audience: ArchivePackageView['audience']): string {
    return this.i18n.t(`archive.audience.${audience}`);
  }

  protected problemLabel(kind: ArchiveVerification['problems'][number]['kind']): string {
    return this.i18n.t(`archive.problem.${kind}`);
  }

  private async load(id: string): Promise<void> {
    this.stop();
    try {
      const view = await this.api.view(id);
      this.pkg.set(view);
      this.loadError.set(null);
      // Still building (or failed and waiting for the job's retry): ask again shortly.
      if (view.status !== 'ready') this.timer = setTimeout(() => void this.load(id), POLL_MS);
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      // No package row yet: the transition has just committed; ask again shortly.
      if (error.status === 404) this.timer = setTimeout(() => void this.load(id), POLL_MS);
      else this.loadError.set(error.message);
    }
  }

  private stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** ARCHIVE, the same lifecycle event as the action bar's; the package is then built by a job. */
  protected async archive(): Promise<void> {
    const evaluation = this.evaluation();
    const request = { event: 'ARCHIVE' as const, version: evaluation.version };
    this.archiving.set(true);
    try {
      const updated = await this.evaluations.transition(evaluation.id, request, this.keys.keyFor(request));
      this.keys.reset();
      this.changed.emit(updated);
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      // A definite answer forgets the key; a lost one keeps it, so pressing again is the same request.
      if (error.status !== 0) this.keys.reset();
      this.message.error(error.message);
    } finally {
      this.archiving.set(false);
    }
  }

  protected async download(): Promise<void> {
    const p = this.pkg();
    if (!p?.fileName) return;
    this.downloading.set(true);
    try {
      saveBlob(await this.api.download(this.evaluation().id), p.fileName);
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.downloading.set(false);
    }
  }

  protected async verify(): Promise<void> {
    this.verifying.set(true);
    try {
      this.verification.set(await this.api.verify(this.evaluation().id));
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.verifying.set(false);
    }
  }
}
