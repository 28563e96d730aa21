import yauzl from 'yauzl';

/** The names of the entries of a zip (a .docx or .xlsx is one), read from its central directory. */
export function zipEntries(bytes: Buffer): Promise<string[]> {
  return new Promise((done, fail) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) {
        fail(error);
        return;
      }
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => done(names));
      zip.on('error', fail);
      zip.readEntry();
    });
  });
}
