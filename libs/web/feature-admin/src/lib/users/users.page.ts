import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { SessionService, TranslatePipe } from '@jixiao/web-data-access';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { InvitationListComponent } from './invitation-list.component';
import { UserListComponent } from './user-list.component';
// Three-level review (三级复核, issue 11): the firm admin titles the firm's review levels
import { ReviewLevelsCardComponent } from '../review-levels/review-levels-card.component';

/** /admin/users: users and invitations of the admin's own organisation. `?invite=1` opens the invite dialog. */
@Component({
  selector: 'jx-users-page',
  imports: [
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzTabsModule,
    UserListComponent,
    InvitationListComponent,
    ReviewLevelsCardComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="jx-page-header">
      <h2 data-testid="page-title">{{ 'users.title' | t }}</h2>
    </div>
    <nz-card>
      <ng-template #inviteButton>
        <button nz-button nzType="primary" type="button" data-testid="invite-user" (click)="requestInvite()">
          <nz-icon nzType="user-add" />{{ 'invitations.invite' | t }}
        </button>
      </ng-template>
      <nz-tabs
        [nzSelectedIndex]="selectedTab()"
        (nzSelectedIndexChange)="selectedTab.set($event)"
        [nzTabBarExtraContent]="inviteButton"
      >
        <nz-tab [nzTitle]="'users.tabUsers' | t">
          <ng-template nz-tab>
            <jx-user-list />
          </ng-template>
        </nz-tab>
        <nz-tab [nzTitle]="'users.tabInvitations' | t">
          <ng-template nz-tab>
            <jx-invitation-list [openOnStart]="inviting()" [inviteRequests]="inviteRequests()" />
          </ng-template>
        </nz-tab>
      </nz-tabs>
    </nz-card>
    @if (isFirm()) {
      <div class="jx-review-levels"><jx-review-levels-card /></div>
    }
  `,
  styles: `
    .jx-review-levels {
      margin-top: 16px;
    }
  `,
})
export class UsersPage {
  /** Query parameter. */
  readonly invite = input<string>();
  protected readonly inviting = computed(() => this.invite() === '1');
  protected readonly selectedTab = signal(0);
  protected readonly inviteRequests = signal(0);
  /** Three-level review (issue 11): a firm's admin also sets its review levels here. */
  private readonly session = inject(SessionService);
  protected readonly isFirm = computed(() => this.session.user()?.organisation.kind === 'firm');

  constructor() {
    effect(() => {
      if (this.inviting()) this.selectedTab.set(1);
    });
  }

  /** The invite button sits above both tabs: it shows the invitations and opens the dialog. */
  protected requestInvite(): void {
    this.selectedTab.set(1);
    this.inviteRequests.update((count) => count + 1);
  }
}
