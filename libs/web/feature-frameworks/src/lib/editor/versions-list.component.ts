import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { DateTimePipe, TranslatePipe } from '@jixiao/web-data-access';
import { NzTableModule } from 'ng-zorro-antd/table';
import { FrameworkEditorStore } from './framework-editor.store';

/** 版本记录: every saved version, newest first. */
@Component({
  selector: 'jx-versions-list',
  imports: [NzTableModule, DateTimePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-table
      #table
      nzSize="small"
      data-testid="versions-table"
      [nzData]="versions()"
      [nzPageSize]="20"
      [nzHideOnSinglePage]="true"
    >
      <thead>
        <tr>
          <th nzWidth="90px">{{ 'versions.version' | t }}</th>
          <th nzWidth="160px">{{ 'versions.time' | t }}</th>
          <th nzWidth="140px">{{ 'versions.by' | t }}</th>
          <th>{{ 'versions.note' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (version of table.data; track version.version) {
          <tr [attr.data-testid]="'version-row-' + version.version">
            <td>{{ 'frameworks.versionN' | t: { n: version.version } }}</td>
            <td>{{ version.createdAt | dateTime }}</td>
            <td>{{ version.createdByName ?? ('frameworks.system' | t) }}</td>
            <td>{{ version.note }}</td>
          </tr>
        }
      </tbody>
    </nz-table>
  `,
})
export class VersionsListComponent {
  private readonly store = inject(FrameworkEditorStore);
  protected readonly versions = computed(() =>
    [...(this.store.detail()?.versions ?? [])].sort((a, b) => b.version - a.version),
  );
}
