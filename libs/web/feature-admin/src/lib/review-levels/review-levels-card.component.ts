import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { I18nService, ReviewApiService, TranslatePipe, toApiError } from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';

const MAX_LEVELS = 5;

/** 复核级次设置: the firm admin titles the firm's review levels (default 项目经理 / 部门（技术）负责人 / 合伙人). */
@Component({
  selector: 'jx-review-levels-card',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzCardModule, NzInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card [nzTitle]="'reviewLevels.title' | t" data-testid="review-levels-card">
      <p>{{ 'reviewLevels.hint' | t }}</p>
      @for (title of titles(); track $index) {
        <div class="jx-level">
          <label [for]="'review-level-' + $index">{{ 'reviewLevels.level' | t: { n: $index + 1 } }}</label>
          <input
            nz-input
            [id]="'review-level-' + $index"
            [attr.data-testid]="'review-level-' + $index"
            maxlength="40"
            [ngModel]="title"
            (ngModelChange)="setTitle($index, $event)"
          />
          @if (titles().length > 1) {
            <button nz-button nzType="link" type="button" (click)="remove($index)">
              {{ 'reviewLevels.remove' | t }}
            </button>
          }
        </div>
      }
      @if (error(); as message) {
        <nz-alert nzType="error" nzShowIcon [nzMessage]="message" />
      }
      <div class="jx-level-actions">
        <button nz-button type="button" [disabled]="titles().length >= max" (click)="add()">
          {{ 'reviewLevels.add' | t }}
        </button>
        <button nz-button nzType="primary" type="button" data-testid="review-levels-save" (click)="save()">
          {{ 'reviewLevels.save' | t }}
        </button>
      </div>
    </nz-card>
  `,
  styles: `
    .jx-level {
      display: grid;
      grid-template-columns: 80px minmax(0, 320px) auto;
      align-items: center;
      gap: 8px;
      margin-bottom: 8px;
    }
    .jx-level-actions {
      display: flex;
      gap: 8px;
      margin-top: 12px;
    }
  `,
})
export class ReviewLevelsCardComponent {
  private readonly api = inject(ReviewApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);

  protected readonly max = MAX_LEVELS;
  protected readonly titles = signal<string[]>([]);
  protected readonly error = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.titles.set((await this.api.levels()).titles);
    } catch (caught) {
      this.error.set(toApiError(caught, this.i18n.locale()).message);
    }
  }

  protected setTitle(index: number, title: string): void {
    this.titles.update((titles) => titles.map((current, at) => (at === index ? title : current)));
  }

  protected add(): void {
    this.titles.update((titles) => [...titles, '']);
  }

  protected remove(index: number): void {
    this.titles.update((titles) => titles.filter((_, at) => at !== index));
  }

  protected async save(): Promise<void> {
    this.error.set(null);
    try {
      this.titles.set((await this.api.saveLevels({ titles: this.titles() })).titles);
      this.message.success(this.i18n.t('reviewLevels.saved'));
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      this.error.set(error.details.map((detail) => detail.message).join('；') || error.message);
    }
  }
}
