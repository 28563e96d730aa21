import { ChangeDetectionStrategy, Component, computed, effect, input, output } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { FRAMEWORK_LIMITS } from '@jixiao/contracts';
import { FieldErrorPipe, TranslatePipe, type ApiError, type TranslationKey } from '@jixiao/web-data-access';
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
        @if (generalError(); as message) {
          <nz-alert
            class="jx-alert"
            nzType="error"
            nzShowIcon
            data-testid="name-error"
            [nzMessage]="message"
          />
        }
        <nz-form-item>
          <nz-form-label nzFor="framework-name-input" nzRequired>{{ 'frameworks.name' | t }}</nz-form-label>
          <nz-form-control
            [nzErrorTip]="name.errors | fieldError: ('frameworks.name' | t)"
            [nzExtra]="'frameworks.nameLimit' | t: { max: maxLength }"
          >
            <input
              nz-input
              id="framework-name-input"
              data-testid="framework-name-input"
              [formControl]="name"
              (keydown.enter)="submit()"
            />
          </nz-form-control>
        </nz-form-item>
      </ng-container>
    </nz-modal>
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
  /** The API's answer to the last attempt: a field error shows on the name, anything else above it. */
  readonly error = input<ApiError | null>(null);
  readonly confirmed = output<string>();
  readonly cancelled = output<void>();

  protected readonly maxLength = FRAMEWORK_LIMITS.nameLength;
  protected readonly name = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(FRAMEWORK_LIMITS.nameLength)],
  });
  private readonly serverFieldError = computed(() => {
    const error = this.error();
    return error ? (error.fieldMessage('name') ?? error.fieldMessage('framework.name')) : null;
  });
  protected readonly generalError = computed(() =>
    this.serverFieldError() === null ? (this.error()?.message ?? null) : null,
  );

  constructor() {
    effect(() => {
      if (this.visible()) this.name.reset(this.initialName());
    });
    effect(() => {
      const message = this.serverFieldError();
      if (message === null) return;
      this.name.markAsDirty();
      this.name.setErrors({ server: message });
    });
  }

  protected submit(): void {
    const name = this.name.value.trim();
    this.name.markAsDirty();
    if (!name) this.name.setErrors({ required: true });
    if (this.name.invalid) return;
    this.confirmed.emit(name);
  }
}
