import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { I18nService, TranslatePipe } from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSpaceModule } from 'ng-zorro-antd/space';
import { MessagePipe } from '../rules/message.pipe';
import { FrameworkEditorStore } from './framework-editor.store';
import { IndicatorPanelComponent } from './indicator-panel.component';
import { IndicatorTreeTableComponent } from './indicator-tree-table.component';

/** The 指标 tab: tree operations, framework-wide problems, the tree table and the side panel. */
@Component({
  selector: 'jx-indicators-tab',
  imports: [
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzPopconfirmModule,
    NzSpaceModule,
    IndicatorPanelComponent,
    IndicatorTreeTableComponent,
    MessagePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (problem of store.frameworkProblems(); track $index) {
      <nz-alert
        class="jx-alert"
        nzShowIcon
        data-testid="framework-problem"
        [nzType]="problem.severity === 'error' ? 'error' : 'warning'"
        [nzMessage]="problem | message: problem.message"
      />
    }
    <div class="jx-columns">
      <div class="jx-tree">
        @if (!store.readonly()) {
          <div class="jx-toolbar">
            <button
              nz-button
              nzSize="small"
              type="button"
              data-testid="add-root"
              (click)="store.addChild(null, newName())"
            >
              <nz-icon nzType="plus" />{{ 'editor.addRoot' | t }}
            </button>
            <button
              nz-button
              nzSize="small"
              type="button"
              data-testid="add-child"
              [disabled]="!selectedId()"
              (click)="store.addChild(selectedId(), newName())"
            >
              <nz-icon nzType="plus" />{{ 'editor.addChild' | t }}
            </button>
            <button
              nz-button
              nzSize="small"
              type="button"
              data-testid="add-sibling"
              [disabled]="!selectedId()"
              (click)="addSibling()"
            >
              <nz-icon nzType="plus" />{{ 'editor.addSibling' | t }}
            </button>
            <button
              nz-button
              nzSize="small"
              type="button"
              data-testid="move-up"
              [disabled]="!canMove(-1)"
              (click)="move(-1)"
            >
              <nz-icon nzType="arrow-up" />{{ 'editor.moveUp' | t }}
            </button>
            <button
              nz-button
              nzSize="small"
              type="button"
              data-testid="move-down"
              [disabled]="!canMove(1)"
              (click)="move(1)"
            >
              <nz-icon nzType="arrow-down" />{{ 'editor.moveDown' | t }}
            </button>
            <button
              nz-button
              nzSize="small"
              nzDanger
              type="button"
              data-testid="delete-node"
              nz-popconfirm
              [disabled]="!selectedId()"
              [nzPopconfirmTitle]="'editor.deleteConfirm' | t"
              [nzOkText]="'common.confirm' | t"
              [nzCancelText]="'common.cancel' | t"
              (nzOnConfirm)="remove()"
            >
              <nz-icon nzType="delete" />{{ 'editor.delete' | t }}
            </button>
          </div>
        }
        <jx-indicator-tree-table />
      </div>
      <aside class="jx-panel">
        <jx-indicator-panel />
      </aside>
    </div>
  `,
  styles: `
    .jx-alert {
      margin-bottom: 8px;
    }
    .jx-columns {
      display: flex;
      gap: 12px;
      align-items: flex-start;
    }
    .jx-tree {
      flex: 1;
      min-width: 0;
    }
    .jx-toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin-bottom: 8px;
    }
    .jx-panel {
      flex: none;
      width: 360px;
      max-height: calc(100vh - 250px);
      overflow: auto;
      border-left: 1px solid #f0f0f0;
      padding-left: 12px;
    }
  `,
})
export class IndicatorsTabComponent {
  protected readonly store = inject(FrameworkEditorStore);
  private readonly i18n = inject(I18nService);
  protected readonly selectedId = this.store.selectedId;
  protected readonly newName = computed(() => this.i18n.t('editor.newIndicator'));

  protected canMove(delta: -1 | 1): boolean {
    const id = this.selectedId();
    return id !== null && this.store.canMove(id, delta);
  }

  protected move(delta: -1 | 1): void {
    const id = this.selectedId();
    if (id) this.store.move(id, delta);
  }

  protected addSibling(): void {
    const id = this.selectedId();
    if (id) this.store.addSibling(id, this.newName());
  }

  protected remove(): void {
    const id = this.selectedId();
    if (id) this.store.remove(id);
  }
}
