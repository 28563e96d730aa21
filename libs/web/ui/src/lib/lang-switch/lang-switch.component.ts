import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18nService, TranslatePipe } from '@jixiao/web-data-access';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';

/** Toggles between 中文 and English; the label names the language you switch to. */
@Component({
  selector: 'jx-lang-switch',
  imports: [NzButtonModule, NzIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      nz-button
      nzType="text"
      type="button"
      data-testid="lang-switch"
      [attr.aria-label]="'lang.switch' | t"
      [attr.data-locale]="i18n.locale()"
      (click)="i18n.toggle()"
    >
      <nz-icon nzType="global" />
      {{ i18n.isChinese() ? ('lang.en' | t) : ('lang.zh' | t) }}
    </button>
  `,
})
export class LangSwitchComponent {
  protected readonly i18n = inject(I18nService);
}
