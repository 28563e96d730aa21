import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError, type FieldProblem } from './app-error';

/** Constraints whose limit the message names; class-validator states it in its default message. */
const LIMIT_PARAMS: Partial<Record<string, string>> = {
  maxLength: 'max',
  minLength: 'min',
  max: 'max',
  min: 'min',
};

function paramsOf(code: string, defaultMessage: string | undefined): FieldProblem['params'] {
  const param = LIMIT_PARAMS[code];
  const limit = defaultMessage?.match(/-?\d+(\.\d+)?/)?.[0];
  return param && limit !== undefined ? { [param]: Number(limit) } : undefined;
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => {
      const params = paramsOf(code, message);
      return params ? { field, code, params } : { field, code };
    });
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Rejects unknown fields and wrong types with VALIDATION_FAILED and a stable code per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => AppError.validation(flatten(errors)),
  });
}
