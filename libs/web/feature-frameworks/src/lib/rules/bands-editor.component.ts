import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslatePipe } from '@jixiao/web-data-access';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import type { BandDraft } from './rule-draft';

/** Editable list of bands (分档): lower/upper bound with inclusiveness, and the points of the band. */
@Component({
  selector: 'jx-bands-editor',
  imports: [
    FormsModule,
    NzButtonModule,
    NzCheckboxModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="jx-band jx-band-head">
      <span>{{ 'rule.band.min' | t }}</span>
      <span>{{ 'rule.band.max' | t }}</span>
      <span>{{ 'rule.band.points' | t }}</span>
      <span></span>
    </div>
    @for (band of bands(); track $index; let i = $index) {
      <div class="jx-band" [attr.data-testid]="'band-' + i">
        <span>
          <nz-input-number
            nzSize="small"
            [nzDisabled]="disabled()"
            [nzPlaceHolder]="'rule.band.unbounded' | t"
            [ngModel]="band.min"
            (ngModelChange)="patch(i, { min: $event })"
          />
          <span
            nz-checkbox
            [nzDisabled]="disabled()"
            [ngModel]="band.minInclusive"
            (ngModelChange)="patch(i, { minInclusive: $event })"
            >{{ 'rule.band.inclusive' | t }}</span
          >
        </span>
        <span>
          <nz-input-number
            nzSize="small"
            [nzDisabled]="disabled()"
            [nzPlaceHolder]="'rule.band.unbounded' | t"
            [ngModel]="band.max"
            (ngModelChange)="patch(i, { max: $event })"
          />
          <span
            nz-checkbox
            [nzDisabled]="disabled()"
            [ngModel]="band.maxInclusive"
            (ngModelChange)="patch(i, { maxInclusive: $event })"
            >{{ 'rule.band.inclusive' | t }}</span
          >
        </span>
        <input
          nz-input
          nzSize="small"
          inputmode="decimal"
          [disabled]="disabled()"
          [ngModel]="band.points"
          (ngModelChange)="patch(i, { points: $event })"
        />
        <button
          nz-button
          nzType="text"
          nzSize="small"
          nzDanger
          type="button"
          [disabled]="disabled()"
          (click)="remove(i)"
        >
          <nz-icon nzType="delete" />
        </button>
      </div>
    }
    @if (!disabled()) {
      <button
        nz-button
        nzType="dashed"
        nzSize="small"
        nzBlock
        type="button"
        data-testid="add-band"
        (click)="add()"
      >
        <nz-icon nzType="plus" />{{ 'rule.band.add' | t }}
      </button>
    }
  `,
  styles: `
    .jx-band {
      display: grid;
      grid-template-columns: 1fr 1fr 64px 28px;
      gap: 6px;
      align-items: start;
      margin-bottom: 6px;
    }
    .jx-band-head {
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
    nz-input-number {
      width: 100%;
    }
    span[nz-checkbox] {
      font-size: 12px;
    }
  `,
})
export class BandsEditorComponent {
  readonly bands = input.required<readonly BandDraft[]>();
  readonly disabled = input(false);
  readonly bandsChange = output<BandDraft[]>();

  protected patch(index: number, patch: Partial<BandDraft>): void {
    this.bandsChange.emit(this.bands().map((band, i) => (i === index ? { ...band, ...patch } : band)));
  }

  protected add(): void {
    const last = this.bands().at(-1);
    const min = last?.max ?? null;
    this.bandsChange.emit([
      ...this.bands(),
      { min, minInclusive: !(last?.maxInclusive ?? false), max: null, maxInclusive: true, points: '0' },
    ]);
  }

  protected remove(index: number): void {
    this.bandsChange.emit(this.bands().filter((_, i) => i !== index));
  }
}
