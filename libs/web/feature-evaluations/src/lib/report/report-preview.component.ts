import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ReportDocument } from '@jixiao/domain';

/** A read-only HTML rendering of a ReportDocument: the same model Word and PDF are written from. */
@Component({
  selector: 'jx-report-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      font-family: 'FangSong', 'STFangsong', serif;
      line-height: 1.8;
    }
    .title {
      text-align: center;
      font-size: 20px;
      font-weight: 600;
    }
    h3,
    h4,
    h5 {
      margin: 12px 0 4px;
    }
    p.indent {
      text-indent: 2em;
    }
    p {
      margin: 0 0 4px;
    }
    mark {
      background: #e6f4ff;
      color: inherit;
      padding: 0 2px;
      border-radius: 2px;
    }
    table {
      border-collapse: collapse;
      margin: 8px 0;
      width: 100%;
      font-size: 13px;
    }
    th,
    td {
      border: 1px solid #8c8c8c;
      padding: 2px 6px;
    }
    p.caption {
      font-weight: 600;
      text-align: center;
    }
    .note {
      font-size: 12px;
    }
    /* The place a gate problem links to, highlighted briefly (the tab adds and removes the class). */
    .flash {
      animation: jx-preview-flash 2s ease-out;
    }
    @keyframes jx-preview-flash {
      from {
        background: #fff1b8;
        outline: 2px solid #faad14;
      }
      to {
        background: transparent;
        outline: 2px solid transparent;
      }
    }
  `,
  template: `
    @let d = document();
    <p class="title">{{ d.title }}</p>
    @for (section of d.sections; track $index) {
      @for (block of section.blocks; track $index) {
        @switch (block.kind) {
          @case ('heading') {
            @if (block.level === 1) {
              <h3 [attr.data-anchor]="block.anchor">{{ block.text }}</h3>
            } @else if (block.level === 2) {
              <h4 [attr.data-anchor]="block.anchor">{{ block.text }}</h4>
            } @else {
              <h5 [attr.data-anchor]="block.anchor">{{ block.text }}</h5>
            }
          }
          @case ('paragraph') {
            <p
              [class.indent]="block.indent"
              [style.text-align]="block.align"
              [attr.data-anchor]="block.anchor"
            >
              @for (run of block.runs; track $index) {
                @if (run.placeholder) {
                  <mark [attr.title]="run.placeholder" [class.bold]="run.bold">{{ run.text }}</mark>
                } @else if (run.bold) {
                  <strong>{{ run.text }}</strong>
                } @else {
                  <span>{{ run.text }}</span>
                }
              }
            </p>
          }
          @case ('table') {
            <p class="caption">
              {{ block.caption }}
              @if (block.unit) {
                （{{ block.unit }}）
              }
            </p>
            <table [attr.data-anchor]="block.anchor" [attr.aria-label]="block.caption">
              <thead>
                @for (row of block.header; track $index) {
                  <tr>
                    @for (cell of row; track $index) {
                      <th
                        scope="col"
                        [attr.colspan]="cell.colSpan ?? null"
                        [attr.rowspan]="cell.rowSpan ?? null"
                      >
                        {{ cell.text }}
                      </th>
                    }
                  </tr>
                }
              </thead>
              <tbody>
                @for (row of block.rows; track $index) {
                  <tr>
                    @for (cell of row; track $index) {
                      <td
                        [attr.colspan]="cell.colSpan ?? null"
                        [attr.rowspan]="cell.rowSpan ?? null"
                        [style.text-align]="cell.align ?? 'left'"
                      >
                        @if (cell.placeholder) {
                          <mark>{{ cell.text }}</mark>
                        } @else {
                          {{ cell.text }}
                        }
                      </td>
                    }
                  </tr>
                }
              </tbody>
            </table>
            @if (block.note) {
              <p class="note">{{ block.note }}</p>
            }
          }
        }
      }
    }
  `,
})
export class ReportPreviewComponent {
  readonly document = input.required<ReportDocument>();
}
