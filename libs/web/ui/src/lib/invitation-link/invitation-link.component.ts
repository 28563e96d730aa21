import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, I18nService } from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';

/** Shows a one-time invitation link with a copy button (there is no mail server). */
@Component({
  selector: 'jx-invitation-link',
  imports: [NzAlertModule, NzButtonModule, NzIconModule, NzInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-alert nzType="warning" nzShowIcon [nzMessage]="'invitations.linkOnce' | t" class="jx-link-alert" />
    @if (email()) {
      <p>{{ 'invitations.linkFor' | t: { email: email() ?? '' } }}</p>
    }
    <nz-input-wrapper class="jx-link-input">
      <input nz-input readonly data-testid="invitation-link" [value]="absolute()" (focus)="select($event)" />
      <button
        nzInputAddonAfter
        nz-button
        nzType="primary"
        type="button"
        data-testid="copy-link"
        (click)="copy()"
      >
        <nz-icon nzType="copy" />
        {{ 'common.copy' | t }}
      </button>
    </nz-input-wrapper>
  `,
  styles: `
    .jx-link-alert {
      margin-bottom: 16px;
    }
    .jx-link-input {
      width: 100%;
    }
  `,
})
export class InvitationLinkComponent {
  private readonly clipboard = inject(Clipboard);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly origin = inject(DOCUMENT).location?.origin ?? '';

  readonly link = input.required<string>();
  readonly email = input<string | null>(null);

  /** The API may answer with a path; the invitee needs a full address. */
  protected readonly absolute = computed(() => {
    const link = this.link();
    return link.startsWith('/') ? `${this.origin}${link}` : link;
  });

  protected copy(): void {
    if (this.clipboard.copy(this.absolute())) this.message.success(this.i18n.t('common.copied'));
  }

  protected select(event: FocusEvent): void {
    (event.target as HTMLInputElement | null)?.select();
  }
}
