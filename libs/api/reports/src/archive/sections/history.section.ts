import type { ArchiveContext, ArchiveSection } from './archive-section';
import { historyRows, historyXlsx } from './history-rows';

const FOLDER = '11 评价过程记录';

/** The evaluation's full history, commission to archive (the ARCHIVE entry included). */
export const HISTORY_SECTION: ArchiveSection = {
  folder: FOLDER,
  async files(context: ArchiveContext) {
    return [
      {
        section: FOLDER,
        name: '评价全过程记录.xlsx',
        bytes: await historyXlsx('评价全过程记录', await historyRows(context)),
        source: 'table:evaluation_history',
      },
    ];
  },
};
