import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { FieldErrorPipe, TranslatePipe, type TranslationKey } from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';

/** Asks for a template name (new template, copy). */
@Component({
  selector: 'jx-framework-name-modal',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    FieldErrorPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="visible()"
      [nzTitle]="title() | t"
      [nzOkText]="'common.confirm' | t"
      [nzCancelText]="'common.cancel' | t"
      [nzOkLoading]="busy()"
      (nzOnCancel)="cancelled.emit()"
      (nzOnOk)="submit()"
    >
      <ng-container *nzModalContent>
        @if (error(); as error) {
          <nz-alert class="jx-alert" nzType="error" nzShowIcon data-testid="name-error" [nzMessage]="error" />
        }
        <nz-form-item>
          <nz-form-label nzRequired>{{ 'frameworks.name' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <input
              nz-input
              data-testid="framework-name-input"
              [formControl]="name"
              (keydown.enter)="submit()"
            />
          </nz-form-control>
        </nz-form-item>
      </ng-container>
    </nz-modal>
    <ng-template #errorTip let-control>{{ control.errors | fieldError }}</ng-template>
  `,
  styles: `
    .jx-alert {
      margin-bottom: 12px;
    }
  `,
})
export class FrameworkNameModalComponent {
  readonly visible = input(false);
  readonly title = input.required<TranslationKey>();
  readonly initialName = input('');
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly confirmed = output<string>();
  readonly cancelled = output<void>();

  protected readonly name = new FormControl('', { nonNullable: true, validators: [Validators.required] });

  constructor() {
    effect(() => {
      if (this.visible()) this.name.reset(this.initialName());
    });
  }

  protected submit(): void {
    const name = this.name.value.trim();
    if (!name) {
      this.name.markAsDirty();
      this.name.setErrors({ required: true });
      return;
    }
    this.confirmed.emit(name);
  }
}
