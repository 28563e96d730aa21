import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { TodoItem } from '@jixiao/contracts';
import type { OrganisationKind } from '@jixiao/domain';
import {
  EvaluationActionPipe,
  EvaluationStatusPipe,
  EvaluationsApiService,
  I18nService,
  KindLabelPipe,
  RoleLabelPipe,
  SessionService,
  TranslatePipe,
  canCommission,
  canManageRoster,
  toApiError,
  workAreasFor,
  type TranslationKey,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
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
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDescriptionsModule,
    NzGridModule,
    NzIconModule,
    NzTagModule,
    EvaluationActionPipe,
    EvaluationStatusPipe,
    TranslatePipe,
    RoleLabelPipe,
    KindLabelPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home.page.html',
  styleUrl: './home.page.css',
})
export class HomePage implements OnInit {
  private readonly session = inject(SessionService);
  private readonly evaluations = inject(EvaluationsApiService);
  private readonly i18n = inject(I18nService);
  protected readonly user = this.session.user;
  protected readonly kind = computed<OrganisationKind>(() => this.user()?.organisation.kind ?? 'unit');
  protected readonly title = computed(() => TITLES[this.kind()]);
  protected readonly intro = computed(() => INTROS[this.kind()]);
  protected readonly workAreas = computed(() => workAreasFor(this.kind()));
  /** Bureau, firm and unit users take part in evaluations; the operator does not. */
  protected readonly hasEvaluations = computed(() => this.kind() !== 'platform');
  protected readonly todos = signal<TodoItem[] | null>(null);
  protected readonly todoError = signal<string | null>(null);
  protected readonly quickLinks = computed<QuickLink[]>(() => {
    const links: QuickLink[] = [];
    const me = this.user();
    if (me && canCommission(me)) {
      links.push({
        key: 'commission',
        label: 'evaluations.commission',
        icon: 'plus',
        link: '/evaluations/new',
      });
    }
    if (this.hasEvaluations()) {
      links.push({ key: 'evaluations', label: 'area.evaluations', icon: 'project', link: '/evaluations' });
    }
    if (this.session.ability()?.can('read', 'Framework')) {
      links.push({ key: 'frameworks', label: 'area.frameworks', icon: 'database', link: '/frameworks' });
    }
    if (me && canManageRoster(me)) {
      links.push({ key: 'roster', label: 'area.roster', icon: 'solution', link: '/roster' });
    }
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

  ngOnInit(): void {
    if (this.hasEvaluations()) void this.loadTodos();
  }

  protected async loadTodos(): Promise<void> {
    this.todoError.set(null);
    try {
      this.todos.set(await this.evaluations.todo());
    } catch (caught) {
      this.todoError.set(toApiError(caught, this.i18n.locale()).message);
      this.todos.set([]);
    }
  }
}
