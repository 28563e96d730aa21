import type { Route } from '@angular/router';
import { NzModalService } from 'ng-zorro-antd/modal';
import { FrameworkEditorPage } from './editor/framework-editor.page';
import { unsavedChangesGuard } from './editor/unsaved-changes.guard';
import { frameworksGuard } from './frameworks.guard';
import { FrameworksPage } from './library/frameworks.page';

/** /frameworks (library) and /frameworks/:id (editor), loaded lazily under the shell. */
export const FRAMEWORK_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [frameworksGuard],
    // The unsaved-changes guard runs in this route's injector, not the page's: it asks through a modal
    // service provided here (NzModalService is not provided in root; without this, NG0201).
    providers: [NzModalService],
    children: [
      { path: '', title: 'title.frameworks', component: FrameworksPage },
      {
        path: ':id',
        title: 'title.framework',
        component: FrameworkEditorPage,
        canDeactivate: [unsavedChangesGuard],
      },
    ],
  },
];
