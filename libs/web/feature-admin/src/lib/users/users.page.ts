import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@jixiao/web-data-access';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { InvitationListComponent } from './invitation-list.component';
import { UserListComponent } from './user-list.component';

/** /admin/users: users and invitations of the admin's own organisation. `?invite=1` opens the invite dialog. */
@Component({
  selector: 'jx-users-page',
  imports: [NzCardModule, NzTabsModule, UserListComponent, InvitationListComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="jx-page-header">
      <h2 data-testid="page-title">{{ 'users.title' | t }}</h2>
    </div>
    <nz-card>
      <nz-tabs [nzSelectedIndex]="startTab()">
        <nz-tab [nzTitle]="'users.tabUsers' | t">
          <ng-template nz-tab>
            <jx-user-list />
          </ng-template>
        </nz-tab>
        <nz-tab [nzTitle]="'users.tabInvitations' | t">
          <ng-template nz-tab>
            <jx-invitation-list [openOnStart]="inviting()" />
          </ng-template>
        </nz-tab>
      </nz-tabs>
    </nz-card>
  `,
})
export class UsersPage {
  /** Query parameter. */
  readonly invite = input<string>();
  protected readonly inviting = computed(() => this.invite() === '1');
  protected readonly startTab = computed(() => (this.inviting() ? 1 : 0));
}
