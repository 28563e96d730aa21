import { parentPort } from 'node:worker_threads';
import { importFrameworkWorkbook } from './read-workbook';
import type { ParseReply, ParseRequest } from './parse-protocol';

/**
 * The worker thread's entry: it runs the pure workbook codec (`importFrameworkWorkbook`) on the
 * workbooks the pool hands it, one at a time, so exceljs never holds the API's event loop.
 */
const port = parentPort;
if (port) {
  port.on('message', (request: ParseRequest) => {
    void importFrameworkWorkbook(
      Buffer.from(request.data.buffer, request.data.byteOffset, request.data.byteLength),
    )
      .then((preview): ParseReply => ({ id: request.id, preview }))
      .catch((error: unknown): ParseReply => ({ id: request.id, failure: String(error) }))
      .then((reply) => port.postMessage(reply));
  });
}
