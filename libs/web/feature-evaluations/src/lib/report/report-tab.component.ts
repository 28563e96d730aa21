import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  REPORT_FORMATS,
  type EvaluationDetail,
  type ReportDiff,
  type ReportFormat,
  type ReportStage,
  type ReportVersionDetail,
  type ReportView,
} from '@jixiao/contracts';
import type { GateProblem } from '@jixiao/domain';
import {
  DateTimePipe,
  I18nService,
  ReportsApiService,
  TranslatePipe,
  saveBlob,
  toApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ReportPreviewComponent } from './report-preview.component';
import { anchorIsText, insertAt, previewAnchors, slotEntries, slotOfAnchor } from './report-slots';

const POLL_MS = 1000;
/** Gives up polling a render after two minutes (the job itself times out sooner). */
const POLL_LIMIT = 120;
/** How long a place the gate links to stays highlighted. */
const FLASH_MS = 2000;

/** 评价报告: the firm writes the narrative per outline slot, checks the gate, saves versions; all download them. */
@Component({
  selector: 'jx-report-tab',
  imports: [
    DateTimePipe,
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzInputModule,
    NzProgressModule,
    NzSelectModule,
    NzSpinModule,
    NzTableModule,
    NzTagModule,
    ReportPreviewComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-tab.component.html',
  styleUrl: './report-tab.component.css',
})
export class ReportTabComponent {
  readonly evaluation = input.required<EvaluationDetail>();

  private readonly api = inject(ReportsApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);
  private readonly editor = viewChild<ElementRef<HTMLTextAreaElement>>('editor');
  private readonly editorSection = viewChild<ElementRef<HTMLElement>>('editorSection');
  private readonly previewSection = viewChild<ElementRef<HTMLElement>>('previewSection');

  protected readonly formats = REPORT_FORMATS;
  protected readonly view = signal<ReportView | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saveError = signal<string | null>(null);
  protected readonly versionError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly slots = signal<Record<string, string>>({});
  protected readonly selectedSlot = signal('abstract');
  protected readonly stage = signal<ReportStage | null>(null);
  protected readonly shownVersion = signal<ReportVersionDetail | null>(null);
  protected readonly compareFrom = signal<string | null>(null);
  protected readonly compareTo = signal<string | null>(null);
  protected readonly diff = signal<ReportDiff | null>(null);
  /** Render progress per `versionId:format`. */
  protected readonly progress = signal<Record<string, number>>({});

  protected readonly entries = computed(() => slotEntries(this.view()?.model ?? null));
  protected readonly selectedEntry = computed(() =>
    this.entries().find((e) => e.key === this.selectedSlot()),
  );
  protected readonly placeholders = computed(() => this.view()?.model?.placeholders ?? []);
  protected readonly document = computed(
    () => this.shownVersion()?.document ?? this.view()?.document ?? null,
  );
  protected readonly blocking = computed(
    () => (this.view()?.problems ?? []).filter((p) => p.severity === 'blocking').length,
  );

  constructor() {
    effect(() => {
      const id = this.evaluation().id;
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    try {
      this.accept(await this.api.view(id));
    } catch (caught) {
      this.loadError.set(toApiError(caught, this.i18n.locale()).message);
    }
  }

  private accept(view: ReportView): void {
    this.view.set(view);
    this.slots.set({ ...(view.draft?.narrative.slots ?? {}) });
    this.stage.set(view.stages[0] ?? null);
  }

  protected stageLabel(stage: ReportStage): string {
    return this.i18n.t(`report.stage.${stage}`);
  }

  protected severityLabel(severity: GateProblem['severity']): string {
    return this.i18n.t(`report.severity.${severity}`);
  }

  protected formatLabel(format: ReportFormat): string {
    return this.i18n.t(`report.format.${format}`);
  }

  protected text(key: string): string {
    return this.slots()[key] ?? '';
  }

  protected edit(key: string, value: string): void {
    this.slots.update((slots) => ({ ...slots, [key]: value }));
  }

  protected insertPlaceholder(key: string | null): void {
    const area = this.editor()?.nativeElement;
    if (key === null || area === undefined) return;
    const slot = this.selectedSlot();
    const { text, caret } = insertAt(this.text(slot), area.selectionStart, area.selectionEnd, `{{${key}}}`);
    this.edit(slot, text);
    area.value = text;
    area.focus();
    area.setSelectionRange(caret, caret);
  }

  /**
   * Takes the user to the place of a gate problem: the preview (the live draft) scrolls to its anchor
   * and highlights it; a problem in the text also selects its slot and brings the editor into view.
   */
  protected goTo(problem: GateProblem): void {
    const slot = slotOfAnchor(problem.anchor);
    if (slot !== null && this.entries().some((e) => e.key === slot)) this.selectedSlot.set(slot);
    this.shownVersion.set(null);
    const inText = anchorIsText(problem.anchor);
    // After the preview shows the draft again (it may have shown a version).
    setTimeout(() => {
      const container = this.previewSection()?.nativeElement;
      const target = container
        ? previewAnchors(problem.anchor)
            .map((anchor) => container.querySelector<HTMLElement>(`[data-anchor="${CSS.escape(anchor)}"]`))
            .find((found) => found !== null)
        : undefined;
      if (container && target) {
        container.scrollTop += target.getBoundingClientRect().top - container.getBoundingClientRect().top - 8;
        flash(target);
      }
      const page = inText ? this.editorSection()?.nativeElement : container;
      page?.scrollIntoView({ block: 'start' });
      const area = this.editor()?.nativeElement;
      if (inText && area) {
        flash(area);
        area.focus({ preventScroll: true });
      }
    });
  }

  protected async saveDraft(): Promise<void> {
    const view = this.view();
    if (view?.draft === null || view?.draft === undefined) return;
    this.saving.set(true);
    this.saveError.set(null);
    try {
      const narrative = { ...view.draft.narrative, slots: this.slots() };
      const saved = await this.api.saveDraft(this.evaluation().id, {
        narrative,
        version: view.draft.version,
      });
      this.view.set(saved);
      this.message.success(this.i18n.t('report.saved'));
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      this.saveError.set(error.code === 'REPORT_CONFLICT' ? this.i18n.t('report.conflict') : error.message);
    } finally {
      this.saving.set(false);
    }
  }

  protected async reload(): Promise<void> {
    this.saveError.set(null);
    await this.load(this.evaluation().id);
  }

  protected async saveVersion(): Promise<void> {
    const stage = this.stage();
    if (stage === null) return;
    this.saving.set(true);
    this.versionError.set(null);
    try {
      await this.api.saveVersion(this.evaluation().id, stage);
      this.message.success(this.i18n.t('report.versionSaved'));
      const view = await this.api.view(this.evaluation().id);
      this.view.set(view);
      this.stage.set(view.stages[0] ?? null);
    } catch (caught) {
      this.versionError.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.saving.set(false);
    }
  }

  protected async show(versionId: string | null): Promise<void> {
    this.shownVersion.set(
      versionId === null ? null : await this.api.version(this.evaluation().id, versionId),
    );
  }

  protected progressOf(versionId: string, format: ReportFormat): number | null {
    return this.progress()[`${versionId}:${format}`] ?? null;
  }

  /** Queues the render, polls its progress, then downloads the file from storage. */
  protected async download(versionId: string, format: ReportFormat): Promise<void> {
    const id = this.evaluation().id;
    const key = `${versionId}:${format}`;
    const set = (value: number | null): void =>
      this.progress.update((all) => {
        const next = { ...all };
        if (value === null) delete next[key];
        else next[key] = value;
        return next;
      });
    try {
      set(0);
      let status = (await this.api.render(id, versionId, format)).find((s) => s.format === format);
      for (let polls = 0; polls < POLL_LIMIT && status !== undefined; polls++) {
        if (status.status === 'done' || status.status === 'failed') break;
        set(status.progress);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        status = (await this.api.renders(id, versionId)).find((s) => s.format === format);
      }
      if (status?.status !== 'done') {
        this.message.error(this.i18n.t('report.renderFailed'));
        return;
      }
      set(100);
      const seq = this.view()?.versions.find((v) => v.id === versionId)?.seq ?? 0;
      saveBlob(await this.api.file(id, versionId, format), `${this.evaluation().title}-${seq}.${format}`);
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    } finally {
      set(null);
    }
  }

  protected async compare(): Promise<void> {
    const from = this.compareFrom();
    const to = this.compareTo();
    if (from === null || to === null) return;
    try {
      this.diff.set(await this.api.diff(this.evaluation().id, from, to));
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    }
  }
}

/** Highlights an element briefly (class `flash`, styled where the element is rendered). */
function flash(element: HTMLElement): void {
  element.classList.remove('flash');
  // Restart the animation when the same place is chosen twice.
  void element.offsetWidth;
  element.classList.add('flash');
  setTimeout(() => element.classList.remove('flash'), FLASH_MS);
}
