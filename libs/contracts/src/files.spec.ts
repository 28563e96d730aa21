import { describe, expect, it } from 'vitest';
import { acceptAttribute, FILE_KINDS, type FileKind } from './files';

describe('FILE_KINDS', () => {
  it('gives every kind a media type and lowercase extensions starting with a dot', () => {
    for (const kind of Object.keys(FILE_KINDS) as FileKind[]) {
      expect(FILE_KINDS[kind].mediaType).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      for (const extension of FILE_KINDS[kind].extensions) expect(extension).toMatch(/^\.[a-z0-9]+$/);
    }
  });

  it('builds the accept attribute of a file input', () => {
    expect(acceptAttribute(['pdf', 'docx', 'jpeg'])).toBe('.pdf,.docx,.jpg,.jpeg');
    expect(acceptAttribute([])).toBe('');
  });
});
