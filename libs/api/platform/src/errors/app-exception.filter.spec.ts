import { describe, expect, it } from 'vitest';
import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { toAppError } from './app-exception.filter';
import { AppError } from './app-error';

describe('toAppError', () => {
  it.each([
    [{ type: 'entity.parse.failed', status: 400 }, 'MALFORMED_JSON', 400],
    [{ type: 'entity.too.large', status: 413 }, 'PAYLOAD_TOO_LARGE', 413],
    [{ type: 'charset.unsupported', status: 415 }, 'UNSUPPORTED_MEDIA_TYPE', 415],
    [new NotFoundException(), 'ROUTE_NOT_FOUND', 404],
    [new BadRequestException(), 'VALIDATION_FAILED', 400],
    [new PayloadTooLargeException(), 'PAYLOAD_TOO_LARGE', 413],
  ])('maps %o to %s', (error, code, status) => {
    expect(toAppError(error)).toMatchObject({ code, status });
  });

  it('keeps an AppError as it is', () => {
    const error = new AppError('LAST_ADMIN', 409);
    expect(toAppError(error)).toBe(error);
  });

  it('leaves unknown errors unmapped so they become a logged 500', () => {
    expect(toAppError(new Error('boom'))).toBeNull();
    expect(toAppError('boom')).toBeNull();
  });
});
