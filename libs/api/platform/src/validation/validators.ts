import { applyDecorators, ParseUUIDPipe } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ALL_ROLES } from '@jixiao/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { AppError } from '../errors/app-error';

/** Trims surrounding whitespace from a string field before it is validated. */
export function Trimmed(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}

/**
 * A non-empty list of distinct known roles. Whether the roles fit the organisation's kind is checked
 * by the service, which knows the organisation.
 */
export function IsRoleList(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ enum: ALL_ROLES, isArray: true }),
    IsArray(),
    ArrayNotEmpty(),
    ArrayUnique(),
    ArrayMaxSize(10),
    IsIn(ALL_ROLES, { each: true }),
  );
}

/** Route ids must be UUIDs; anything else cannot exist and answers NOT_FOUND like a missing record. */
export const uuidParam = new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound() });
