import { applyDecorators, ParseUUIDPipe } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ALL_ROLES } from '@jixiao/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, ValidateIf } from 'class-validator';
import { AppError } from '../errors/app-error';

/** Trims surrounding whitespace from a string field before it is validated. */
export function Trimmed(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}

/**
 * A field that may be left out. Unlike `@IsOptional()`, an explicit `null` is still validated (and
 * refused by the field's type check): `{"name": null}` must not reach a NOT NULL column.
 */
export function OptionalField(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
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
