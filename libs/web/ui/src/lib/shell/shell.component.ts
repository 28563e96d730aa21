import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import {
  RoleLabelPipe,
  SessionService,
  TranslatePipe,
  menuFor,
  type MenuEntry,
} from '@jixiao/web-data-access';
import { NzAvatarModule } from 'ng-zorro-antd/avatar';
import { NzDropdownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { LangSwitchComponent } from '../lang-switch/lang-switch.component';
// Reminders and notifications (issue 9)
import { NotificationBellComponent } from '../notification-bell/notification-bell.component';

/** The signed-in frame: collapsible side menu, header with organisation, language and user menu. */
@Component({
  selector: 'jx-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    NzLayoutModule,
    NzMenuModule,
    NzIconModule,
    NzDropdownModule,
    NzAvatarModule,
    NzTagModule,
    NzTooltipModule,
    LangSwitchComponent,
    NotificationBellComponent,
    TranslatePipe,
    RoleLabelPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.css',
})
export class ShellComponent {
  protected readonly session = inject(SessionService);
  protected readonly collapsed = signal(false);
  protected readonly user = this.session.user;
  protected readonly linked = computed(() =>
    this.entries().filter((entry) => entry.link && !entry.comingSoon),
  );
  protected readonly upcoming = computed(() => this.entries().filter((entry) => entry.comingSoon));
  protected readonly initial = computed(() => [...(this.user()?.displayName ?? '?')][0] ?? '?');

  private readonly entries = computed<MenuEntry[]>(() => {
    const user = this.user();
    return user ? menuFor(user) : [];
  });

  protected toggle(): void {
    this.collapsed.update((value) => !value);
  }

  protected logout(): void {
    void this.session.logout();
  }
}
