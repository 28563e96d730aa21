import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import type { FieldError } from '@jixiao/contracts';
import type { Framework } from '@jixiao/domain';
import { I18nService, TranslatePipe, toApiError } from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { TryItPanelComponent } from '../try-it/try-it-panel.component';
import { TryItStore } from '../try-it/try-it.store';
import { FrameworkEditorStore } from './framework-editor.store';
import { GradeScaleEditorComponent } from './grade-scale-editor.component';
import { IndicatorsTabComponent } from './indicators-tab.component';
import { MeasuresEditorComponent } from './measures-editor.component';
import type { HasUnsavedChanges } from './unsaved-changes.guard';

/**
 * The library's editor for a framework that is not a library template (the adopted copy of an
 * evaluation): indicators with their rules and clauses, measures, grades and 试算, with the same
 * live checks. The host gives the framework, its revision (a new one reloads it), whether it may
 * change, and how to save it; a stale version shows a clear message and a reload.
 */
@Component({
  selector: 'jx-framework-workbench',
  imports: [
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzTabsModule,
    GradeScaleEditorComponent,
    IndicatorsTabComponent,
    MeasuresEditorComponent,
    TryItPanelComponent,
    TranslatePipe,
  ],
  providers: [FrameworkEditorStore, TryItStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './framework-workbench.component.html',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
  styles: `
    .jx-bar {
      display: flex;
      align-items: center;
      gap: 8px;
      margin-bottom: 8px;
    }
    .jx-spacer {
      flex: 1;
    }
    .jx-dirty {
      color: #874d00;
      font-size: 12px;
    }
    .jx-alert {
      margin-bottom: 8px;
    }
  `,
})
export class FrameworkWorkbenchComponent implements HasUnsavedChanges {
  readonly framework = input.required<Framework>();
  /**
   * Which stored framework this is (e.g. `<evaluation id>@<version>`): the framework is taken afresh
   * only when it changes, so a host refreshing its data does not discard edits in progress.
   */
  readonly revision = input.required<string>();
  readonly editable = input(false);
  readonly save = input.required<(framework: Framework) => Promise<void>>();
  /** The user asks for the latest stored version (after a conflict). */
  readonly reload = output<void>();

  protected readonly store = inject(FrameworkEditorStore);
  private readonly i18n = inject(I18nService);
  protected readonly saving = signal(false);
  protected readonly conflict = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly saveDetails = signal<readonly FieldError[]>([]);
  protected readonly selectedTab = signal(0);

  constructor() {
    effect(() => {
      this.revision();
      const editable = this.editable();
      untracked(() => {
        const framework = this.framework();
        this.store.loadFramework(framework, { editable, save: (changed) => this.save()(changed) });
        this.conflict.set(false);
      });
    });
  }

  hasUnsavedChanges(): boolean {
    return this.store.dirty();
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.store.dirty()) event.preventDefault();
  }

  protected async saveChanges(): Promise<void> {
    if (this.saving() || !this.store.canSave()) return;
    this.saving.set(true);
    this.saveError.set(null);
    this.saveDetails.set([]);
    try {
      await this.store.savePlain();
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      if (error.code === 'CONFLICT') {
        this.conflict.set(true);
      } else {
        this.saveError.set(error.message);
        this.saveDetails.set(error.details);
      }
    } finally {
      this.saving.set(false);
    }
  }
}
