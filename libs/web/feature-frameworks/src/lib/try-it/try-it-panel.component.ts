import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { FrameworkEditorStore } from '../editor/framework-editor.store';
import { TryItInputsComponent } from './try-it-inputs.component';
import { TryItResultComponent } from './try-it-result.component';
import { TryItStore } from './try-it.store';

/** 试算: score the framework as it is being edited, with figures and observations typed in here. */
@Component({
  selector: 'jx-try-it-panel',
  imports: [
    NzAlertModule,
    NzButtonModule,
    NzEmptyModule,
    NzIconModule,
    NzSpinModule,
    TryItInputsComponent,
    TryItResultComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="jx-columns" data-testid="try-it-panel">
      <div class="jx-inputs">
        <jx-try-it-inputs />
      </div>
      <div class="jx-results">
        <div class="jx-run">
          <button
            nz-button
            nzType="primary"
            type="button"
            data-testid="try-it-run"
            [nzLoading]="state.running()"
            (click)="run()"
          >
            <nz-icon nzType="calculator" />{{ 'tryIt.run' | t }}
          </button>
          <span class="jx-hint">{{ 'tryIt.runHint' | t }}</span>
        </div>
        @if (state.error(); as error) {
          <nz-alert
            class="jx-alert"
            nzType="error"
            nzShowIcon
            data-testid="try-it-error"
            [nzMessage]="error"
          />
        }
        <nz-spin [nzSpinning]="state.running()">
          @if (state.response(); as response) {
            <jx-try-it-result [response]="response" />
          } @else {
            <nz-empty [nzNotFoundContent]="'tryIt.empty' | t" />
          }
        </nz-spin>
      </div>
    </div>
  `,
  styles: `
    .jx-columns {
      display: flex;
      gap: 12px;
      align-items: flex-start;
    }
    .jx-inputs {
      flex: none;
      width: 340px;
      max-height: calc(100vh - 250px);
      overflow: auto;
    }
    .jx-results {
      flex: 1;
      min-width: 0;
    }
    .jx-run {
      display: flex;
      gap: 12px;
      align-items: center;
      margin-bottom: 12px;
    }
    .jx-hint {
      color: rgba(0, 0, 0, 0.6);
      font-size: 12px;
    }
    .jx-alert {
      margin-bottom: 12px;
    }
  `,
})
export class TryItPanelComponent {
  private readonly editor = inject(FrameworkEditorStore);
  protected readonly state = inject(TryItStore);

  protected run(): void {
    const framework = this.editor.framework();
    if (framework) void this.state.run(framework);
  }
}
