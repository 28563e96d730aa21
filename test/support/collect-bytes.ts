import type { Test } from 'supertest';

type Parser = Parameters<Test['parse']>[0];

/** A supertest parser that keeps a response's body as raw bytes (zips, Word, PDF, Excel). */
export const collectBytes: Parser = (response, done) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};
