export * from './lib/frameworks.guard';
export * from './lib/frameworks.routes';
export * from './lib/library/frameworks.page';
export * from './lib/editor/framework-editor.page';
export * from './lib/editor/unsaved-changes.guard';
export * from './lib/model';
export * from './lib/rules/rule-draft';
export * from './lib/editor/framework-workbench.component';
export type { PlainFrameworkSession } from './lib/editor/framework-editor.store';
