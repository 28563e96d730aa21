import type { RequestItem } from '@jixiao/contracts';
import type { RequestStatus } from '@jixiao/domain';

/** What the board shows: one status (or all), overdue only, and a title search. */
export interface RequestFilters {
  status: RequestStatus | null;
  overdueOnly: boolean;
  search: string;
}

export const NO_REQUEST_FILTERS: RequestFilters = { status: null, overdueOnly: false, search: '' };

export function filterRequests(items: readonly RequestItem[], filters: RequestFilters): RequestItem[] {
  const search = filters.search.trim().toLowerCase();
  return items.filter(
    (item) =>
      (filters.status === null || item.status === filters.status) &&
      (!filters.overdueOnly || item.overdue) &&
      (search === '' ||
        item.title.toLowerCase().includes(search) ||
        item.reason.toLowerCase().includes(search)),
  );
}

/** Tag colour of an item status: red where someone must act again, green when settled. */
export function requestStatusColor(status: RequestStatus): string {
  switch (status) {
    case 'draft':
      return 'default';
    case 'sent':
      return 'blue';
    case 'submitted':
      return 'gold';
    case 'accepted':
      return 'green';
    case 'more_requested':
      return 'orange';
    case 'rejected':
      return 'red';
    case 'waived':
      return 'purple';
  }
}

/** One file being uploaded: its name, progress and outcome. */
export interface UploadProgress {
  key: number;
  name: string;
  percent: number;
  error: string | null;
}

/** Files of a drop or a picker as a list, capped so one drop cannot start hundreds of uploads. */
export function droppedFiles(list: FileList | null | undefined, max = 20): File[] {
  return list ? Array.from(list).slice(0, max) : [];
}
