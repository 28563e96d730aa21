import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslatePipe } from '@jixiao/web-data-access';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { PercentInputComponent } from '@jixiao/web-ui';
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
    PercentInputComponent,
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
          @let minLabel = ('rule.band.min' | t) + ' ' + (i + 1);
          @if (percent()) {
            <jx-percent-input
              size="small"
              [testId]="'band-min-' + i"
              [ariaLabel]="minLabel"
              [placeholder]="'rule.band.unbounded' | t"
              [disabled]="disabled()"
              [ngModel]="band.min"
              (ngModelChange)="patch(i, { min: $event })"
            />
          } @else {
            <label class="jx-sr-only" [for]="'band-min-' + i">{{ minLabel }}</label>
            <nz-input-number
              nzSize="small"
              [nzId]="'band-min-' + i"
              [attr.data-testid]="'band-min-' + i"
              [nzDisabled]="disabled()"
              [nzPlaceHolder]="'rule.band.unbounded' | t"
              [ngModel]="band.min"
              (ngModelChange)="patch(i, { min: $event })"
            />
          }
          <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- the label is the nz-checkbox control -->
          <label
            nz-checkbox
            [nzDisabled]="disabled()"
            [ngModel]="band.minInclusive"
            (ngModelChange)="patch(i, { minInclusive: $event })"
            >{{ 'rule.band.inclusive' | t }}</label
          >
        </span>
        <span>
          @let maxLabel = ('rule.band.max' | t) + ' ' + (i + 1);
          @if (percent()) {
            <jx-percent-input
              size="small"
              [testId]="'band-max-' + i"
              [ariaLabel]="maxLabel"
              [placeholder]="'rule.band.unbounded' | t"
              [disabled]="disabled()"
              [ngModel]="band.max"
              (ngModelChange)="patch(i, { max: $event })"
            />
          } @else {
            <label class="jx-sr-only" [for]="'band-max-' + i">{{ maxLabel }}</label>
            <nz-input-number
              nzSize="small"
              [nzId]="'band-max-' + i"
              [attr.data-testid]="'band-max-' + i"
              [nzDisabled]="disabled()"
              [nzPlaceHolder]="'rule.band.unbounded' | t"
              [ngModel]="band.max"
              (ngModelChange)="patch(i, { max: $event })"
            />
          }
          <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- the label is the nz-checkbox control -->
          <label
            nz-checkbox
            [nzDisabled]="disabled()"
            [ngModel]="band.maxInclusive"
            (ngModelChange)="patch(i, { maxInclusive: $event })"
            >{{ 'rule.band.inclusive' | t }}</label
          >
        </span>
        <input
          nz-input
          nzSize="small"
          inputmode="decimal"
          [attr.aria-label]="('rule.band.points' | t) + ' ' + (i + 1)"
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
          [attr.aria-label]="('rule.band.remove' | t) + ' ' + (i + 1)"
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
      color: rgba(0, 0, 0, 0.6);
      font-size: 12px;
    }
    nz-input-number {
      width: 100%;
    }
    label[nz-checkbox] {
      font-size: 12px;
    }
  `,
})
export class BandsEditorComponent {
  readonly bands = input.required<readonly BandDraft[]>();
  readonly disabled = input(false);
  /** Bounds are rates, typed and shown as percentages. */
  readonly percent = input(false);
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
