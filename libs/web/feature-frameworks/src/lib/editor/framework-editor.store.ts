import { Injectable, computed, inject, signal } from '@angular/core';
import { frameworkLimitProblems, limitMessage, type FrameworkTemplateDetail } from '@jixiao/contracts';
import { I18nService } from '@jixiao/web-data-access';
import { validateFramework, type Framework, type FrameworkProblem, type IndicatorNode } from '@jixiao/domain';
import {
  addChild,
  addSibling,
  canMove,
  findNode,
  moveNode,
  removeNode,
  treeRows,
  updateNode,
} from '../model/framework-tree';

function safeValidate(framework: Framework): FrameworkProblem[] {
  try {
    return validateFramework(framework);
  } catch (caught) {
    return [
      { severity: 'error', code: 'framework.unreadable', nodeId: null, message: String(caught), params: {} },
    ];
  }
}

/**
 * A framework edited outside the library (the adopted copy of an evaluation): no template, no
 * versions list; whether it may be changed and how it is saved are the host's.
 */
export interface PlainFrameworkSession {
  editable: boolean;
  /** Stores the framework; rejects with the API's error (a stale version is a CONFLICT). */
  save: (framework: Framework) => Promise<void>;
}

/**
 * The framework being edited, shared by the editor's parts (tree, panel, measures, try-it). Every
 * change replaces the framework object; validation and weight sums are recomputed from it.
 */
@Injectable()
export class FrameworkEditorStore {
  private readonly i18n = inject(I18nService);
  readonly detail = signal<FrameworkTemplateDetail | null>(null);
  readonly framework = signal<Framework | null>(null);
  /** JSON of the last loaded or saved framework, to tell unsaved changes. */
  private readonly saved = signal('');
  /** Changes on every load, so forms take fresh drafts. */
  readonly loadToken = signal(0);
  readonly selectedId = signal<string | null>(null);
  readonly collapsed = signal<ReadonlySet<string>>(new Set());

  /** Set when editing a plain framework (`loadFramework`) instead of a library template. */
  readonly plain = signal<PlainFrameworkSession | null>(null);
  readonly readonly = computed(() => {
    const plain = this.plain();
    return plain ? !plain.editable : (this.detail()?.builtin ?? true);
  });
  readonly dirty = computed(() => {
    const framework = this.framework();
    return framework !== null && JSON.stringify(framework) !== this.saved();
  });
  readonly problems = computed(() => {
    const framework = this.framework();
    return framework ? safeValidate(framework) : [];
  });
  readonly problemsByNode = computed(() => {
    const map = new Map<string, FrameworkProblem[]>();
    for (const problem of this.problems()) {
      if (problem.nodeId === null) continue;
      map.set(problem.nodeId, [...(map.get(problem.nodeId) ?? []), problem]);
    }
    return map;
  });
  readonly frameworkProblems = computed(() => this.problems().filter((problem) => problem.nodeId === null));
  readonly errorCount = computed(
    () => this.problems().filter((problem) => problem.severity === 'error').length,
  );
  /** Limits the framework breaks (absurd weights, over-long names): they block saving. */
  readonly limitProblems = computed(() => {
    const framework = this.framework();
    return framework && !this.readonly() ? frameworkLimitProblems(framework) : [];
  });
  /** The message of the first broken limit of each field, by field path (`limitPath`). */
  readonly limitMessages = computed(() => {
    const locale = this.i18n.locale();
    const map = new Map<string, string>();
    for (const problem of this.limitProblems()) {
      if (!map.has(problem.path)) map.set(problem.path, limitMessage(problem, locale));
    }
    return map;
  });
  /** Messages of broken limits by indicator, for the tree rows. */
  readonly limitMessagesByNode = computed(() => {
    const locale = this.i18n.locale();
    const map = new Map<string, string[]>();
    for (const problem of this.limitProblems()) {
      if (problem.nodeId === null) continue;
      map.set(problem.nodeId, [...(map.get(problem.nodeId) ?? []), limitMessage(problem, locale)]);
    }
    return map;
  });
  readonly canSave = computed(() => this.dirty() && this.limitProblems().length === 0);
  readonly rows = computed(() => treeRows(this.framework()?.indicators ?? [], this.collapsed()));
  readonly selected = computed<IndicatorNode | null>(() => {
    const id = this.selectedId();
    const framework = this.framework();
    return id && framework ? findNode(framework.indicators, id) : null;
  });
  readonly selectedIsLeaf = computed(() => !this.selected()?.children?.length);

  /** The broken limit of a field, if any. */
  fieldError(path: string): string | null {
    return this.limitMessages().get(path) ?? null;
  }

  load(detail: FrameworkTemplateDetail): void {
    this.plain.set(null);
    this.detail.set(detail);
    this.take(detail.framework);
  }

  /** Edits a plain framework (no template id): the host says whether it may change and saves it. */
  loadFramework(framework: Framework, session: PlainFrameworkSession): void {
    this.detail.set(null);
    this.plain.set(session);
    this.take(framework);
  }

  /** Saves a plain framework through the host's callback; on success it is no longer unsaved. */
  async savePlain(): Promise<void> {
    const plain = this.plain();
    const framework = this.framework();
    if (!plain || !framework || !this.canSave()) return;
    await plain.save(framework);
    this.saved.set(JSON.stringify(framework));
  }

  private take(framework: Framework): void {
    this.framework.set(structuredClone(framework));
    this.saved.set(JSON.stringify(framework));
    this.loadToken.update((token) => token + 1);
    const selected = this.selectedId();
    if (selected && !findNode(framework.indicators, selected)) this.selectedId.set(null);
  }

  select(id: string | null): void {
    this.selectedId.set(id);
  }

  toggle(id: string, expanded: boolean): void {
    this.collapsed.update((collapsed) => {
      const next = new Set(collapsed);
      if (expanded) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  set(framework: Framework): void {
    if (this.readonly()) return;
    this.framework.set(framework);
  }

  patch(patch: Partial<Omit<Framework, 'indicators'>>): void {
    const framework = this.framework();
    if (framework) this.set({ ...framework, ...patch });
  }

  updateNode(id: string, patch: Partial<Omit<IndicatorNode, 'children'>>): void {
    const framework = this.framework();
    if (framework) this.set(updateNode(framework, id, patch));
  }

  /** Changes a node's id (编号); the selection follows. */
  renameNode(id: string, newId: string): void {
    const framework = this.framework();
    if (!framework || this.readonly()) return;
    this.set(updateNode(framework, id, { id: newId }));
    if (this.selectedId() === id) this.selectedId.set(newId);
  }

  addChild(parentId: string | null, name: string): void {
    const framework = this.framework();
    if (!framework || this.readonly()) return;
    const result = addChild(framework, parentId, name);
    this.set(result.framework);
    if (parentId) this.toggle(parentId, true);
    this.selectedId.set(result.id);
  }

  addSibling(id: string, name: string): void {
    const framework = this.framework();
    if (!framework || this.readonly()) return;
    const result = addSibling(framework, id, name);
    this.set(result.framework);
    this.selectedId.set(result.id);
  }

  remove(id: string): void {
    const framework = this.framework();
    if (!framework) return;
    this.set(removeNode(framework, id));
    if (this.selectedId() === id) this.selectedId.set(null);
  }

  move(id: string, delta: -1 | 1): void {
    const framework = this.framework();
    if (framework) this.set(moveNode(framework, id, delta));
  }

  canMove(id: string, delta: -1 | 1): boolean {
    const framework = this.framework();
    return framework !== null && canMove(framework, id, delta);
  }
}
