import type { ErrorResponse, Locale } from '@jixiao/contracts';
import { errorMessage } from '@jixiao/contracts';
import type { AppError } from './app-error';
import { fieldMessage } from './field-messages';

export function errorResponseBody(error: AppError, locale: Locale, requestId: string): ErrorResponse {
  const body: ErrorResponse = {
    statusCode: error.status,
    code: error.code,
    message: errorMessage(error.code, locale),
    requestId,
  };
  if (error.fields.length > 0) {
    body.details = error.fields.map((field) => ({
      field: field.field,
      code: field.code,
      message: field.messages?.[locale] ?? field.message ?? fieldMessage(field.code, locale, field.params),
    }));
  }
  return body;
}
