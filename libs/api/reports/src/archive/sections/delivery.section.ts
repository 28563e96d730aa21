import type { ArchiveContext, ArchiveSection } from './archive-section';
import { historyRows, historyXlsx } from './history-rows';

const FOLDER = '10 出具与验收';

/**
 * Delivery and acknowledgement (出具, 验收) as the history records them: who issued, who acknowledged
 * or returned, when and why. (The issued version's hash and the sealed scan join here once the delivery
 * capability adds its table.)
 */
export const DELIVERY_SECTION: ArchiveSection = {
  folder: FOLDER,
  async files(context: ArchiveContext) {
    const rows = await historyRows(context, ['ISSUE', 'RETURN_ISSUED', 'ACKNOWLEDGE']);
    return [
      {
        section: FOLDER,
        name: '出具与验收记录.xlsx',
        bytes: await historyXlsx('出具与验收记录', rows),
        source: 'table:evaluation_history',
      },
    ];
  },
};
