import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { OrganisationKind } from '@jixiao/domain';
import {
  KindLabelPipe,
  RoleLabelPipe,
  SessionService,
  TranslatePipe,
  workAreasFor,
  type TranslationKey,
} from '@jixiao/web-data-access';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';

const TITLES: Record<OrganisationKind, TranslationKey> = {
  bureau: 'home.title.bureau',
  firm: 'home.title.firm',
  unit: 'home.title.unit',
  platform: 'home.title.platform',
};

const INTROS: Record<OrganisationKind, TranslationKey> = {
  bureau: 'home.intro.bureau',
  firm: 'home.intro.firm',
  unit: 'home.intro.unit',
  platform: 'home.intro.platform',
};

interface QuickLink {
  key: string;
  label: TranslationKey;
  icon: string;
  link: string;
  queryParams?: Record<string, string>;
}

/** Workspace home that fits the organisation kind and the user's roles. */
@Component({
  selector: 'jx-home-page',
  imports: [
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzDescriptionsModule,
    NzGridModule,
    NzIconModule,
    NzTagModule,
    TranslatePipe,
    RoleLabelPipe,
    KindLabelPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.page.html',
  styleUrl: './home.page.css',
})
export class HomePage {
  private readonly session = inject(SessionService);
  protected readonly user = this.session.user;
  protected readonly kind = computed<OrganisationKind>(() => this.user()?.organisation.kind ?? 'unit');
  protected readonly title = computed(() => TITLES[this.kind()]);
  protected readonly intro = computed(() => INTROS[this.kind()]);
  protected readonly workAreas = computed(() => workAreasFor(this.kind()));
  protected readonly quickLinks = computed<QuickLink[]>(() => {
    const links: QuickLink[] = [];
    if (this.session.isOperator()) {
      links.push({
        key: 'onboard',
        label: 'home.onboardOrg',
        icon: 'bank',
        link: '/admin/organisations',
        queryParams: { create: '1' },
      });
    }
    if (this.session.isAdmin()) {
      links.push(
        {
          key: 'invite',
          label: 'home.inviteUser',
          icon: 'user-add',
          link: '/admin/users',
          queryParams: { invite: '1' },
        },
        { key: 'users', label: 'home.manageUsers', icon: 'team', link: '/admin/users' },
        { key: 'audit', label: 'home.viewAudit', icon: 'audit', link: '/admin/audit' },
      );
    }
    links.push({ key: 'password', label: 'home.changePassword', icon: 'key', link: '/account/password' });
    return links;
  });
}
