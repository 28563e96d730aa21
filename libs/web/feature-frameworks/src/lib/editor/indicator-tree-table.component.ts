import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@jixiao/web-data-access';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { ruleKindLabel } from '../rules/rule-kinds';
import { MessagePipe } from '../rules/message.pipe';
import { FrameworkEditorStore } from './framework-editor.store';

/**
 * The indicator tree as an expandable table: id, name, weight (with the live sum of the children
 * next to each parent, red when it differs), rule, and the validation problems of each row.
 */
@Component({
  selector: 'jx-indicator-tree-table',
  imports: [MessagePipe, NzIconModule, NzTableModule, NzTagModule, NzTooltipModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-table
      #table
      nzSize="small"
      data-testid="indicator-tree"
      [nzData]="store.rows()"
      [nzFrontPagination]="false"
      [nzShowPagination]="false"
      [nzScroll]="{ y: 'calc(100vh - 330px)' }"
    >
      <thead>
        <tr>
          <th nzWidth="150px">{{ 'editor.col.id' | t }}</th>
          <th>{{ 'editor.col.name' | t }}</th>
          <th nzWidth="150px">{{ 'editor.col.weight' | t }}</th>
          <th nzWidth="96px">{{ 'editor.col.rule' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of table.data; track row.node.id) {
          @let problems = store.problemsByNode().get(row.node.id) ?? [];
          <tr
            class="jx-row"
            [class.jx-selected]="store.selectedId() === row.node.id"
            [attr.data-testid]="'tree-row-' + row.node.id"
            [attr.aria-selected]="store.selectedId() === row.node.id"
            tabindex="0"
            (click)="store.select(row.node.id)"
            (keydown.enter)="store.select(row.node.id)"
            (keydown.space)="$event.preventDefault(); store.select(row.node.id)"
            (keydown.arrowright)="row.hasChildren && store.toggle(row.node.id, true)"
            (keydown.arrowleft)="row.hasChildren && store.toggle(row.node.id, false)"
          >
            <td
              [nzIndentSize]="(row.level - 1) * 16"
              [nzShowExpand]="row.hasChildren"
              [nzExpand]="row.expanded"
              [nzExpandIcon]="expandIcon"
            >
              <!-- ng-zorro's own expand button has no name; this one says what it does. -->
              <ng-template #expandIcon>
                @if (row.hasChildren) {
                  <button
                    type="button"
                    class="ant-table-row-expand-icon"
                    [class.ant-table-row-expand-icon-expanded]="row.expanded"
                    [class.ant-table-row-expand-icon-collapsed]="!row.expanded"
                    [attr.aria-label]="
                      (row.expanded ? 'editor.collapse' : 'editor.expand') | t: { name: row.node.name }
                    "
                    [attr.aria-expanded]="row.expanded"
                    [attr.data-testid]="'toggle-' + row.node.id"
                    (click)="$event.stopPropagation(); store.toggle(row.node.id, !row.expanded)"
                  ></button>
                } @else {
                  <span class="ant-table-row-expand-icon ant-table-row-expand-icon-spaced"></span>
                }
              </ng-template>
              {{ row.node.id }}
            </td>
            <td>
              <div class="jx-node-name" [class.jx-parent]="row.hasChildren" [title]="row.node.name">
                {{ row.node.name }}
              </div>
              @for (message of store.limitMessagesByNode().get(row.node.id) ?? []; track $index) {
                <div class="jx-problem jx-error" [attr.data-testid]="'row-limit-' + row.node.id">
                  <nz-icon nzType="close-circle" />
                  {{ message }}
                </div>
              }
              @for (problem of problems; track $index) {
                <div
                  class="jx-problem"
                  [class.jx-error]="problem.severity === 'error'"
                  [attr.data-testid]="'row-problem-' + row.node.id"
                >
                  <nz-icon [nzType]="problem.severity === 'error' ? 'close-circle' : 'exclamation-circle'" />
                  {{ problem | message: problem.message }}
                </div>
              }
            </td>
            <td>
              <span class="jx-weight">{{ row.node.weight }}</span>
              @if (row.childSum !== null || row.hasChildren) {
                <span
                  class="jx-sum"
                  [class.jx-sum-bad]="row.sumDiffers"
                  [attr.data-testid]="'weight-sum-' + row.node.id"
                  [attr.data-differs]="row.sumDiffers"
                  [nz-tooltip]="'editor.sumTip' | t"
                >
                  Σ {{ row.childSum ?? '?' }}
                </span>
              }
            </td>
            <td>
              @if (!row.hasChildren) {
                @if (row.node.rule; as rule) {
                  <nz-tag>{{ ruleLabel(rule.kind) | t }}</nz-tag>
                } @else {
                  <span class="jx-muted">{{ 'editor.noRule' | t }}</span>
                }
              }
            </td>
          </tr>
        }
      </tbody>
    </nz-table>
  `,
  styles: `
    .jx-row {
      cursor: pointer;
    }
    .jx-row:focus-visible {
      outline: 2px solid #096dd9;
      outline-offset: -2px;
    }
    .jx-selected > td {
      background: #e6f4ff !important;
    }
    .jx-node-name {
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
      overflow-wrap: anywhere;
    }
    .jx-parent {
      font-weight: 600;
    }
    .jx-problem {
      font-size: 12px;
      color: #874d00;
    }
    .jx-error {
      color: #cf1322;
    }
    .jx-sum {
      margin-left: 8px;
      font-size: 12px;
      color: #237804;
    }
    .jx-sum-bad {
      color: #fff;
      background: #cf1322;
      border-radius: 4px;
      padding: 0 4px;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
      font-size: 12px;
    }
  `,
})
export class IndicatorTreeTableComponent {
  protected readonly store = inject(FrameworkEditorStore);
  protected readonly ruleLabel = ruleKindLabel;
}
