import type { ErrorResponse, Locale } from '@jixiao/contracts';
import { errorMessage } from '@jixiao/contracts';
import type { AppError } from './app-error';
import { fieldMessage } from './field-messages';

/**
 * An error answer stays small whatever was sent: a body of a million wrong elements gets the first
 * few problems, each with its field path and message cut to a sensible length, and the count of the
 * rest.
 */
export const MAX_ERROR_DETAILS = 100;
const MAX_FIELD_LENGTH = 200;
const MAX_MESSAGE_LENGTH = 500;

/** Shortens text; tolerates what a validator left out (a body that is not an object has no property). */
function clip(text: string | undefined, max: number): string {
  const value = text ?? '';
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

export function errorResponseBody(error: AppError, locale: Locale, requestId: string): ErrorResponse {
  const body: ErrorResponse = {
    statusCode: error.status,
    code: error.code,
    message: errorMessage(error.code, locale),
    requestId,
  };
  if (error.current !== undefined) body.current = error.current;
  if (error.fields.length > 0) {
    body.details = error.fields.slice(0, MAX_ERROR_DETAILS).map((field) => ({
      field: clip(field.field, MAX_FIELD_LENGTH),
      code: clip(field.code, MAX_FIELD_LENGTH),
      message: clip(
        field.messages?.[locale] ?? field.message ?? fieldMessage(field.code, locale, field.params),
        MAX_MESSAGE_LENGTH,
      ),
    }));
    if (error.fields.length > MAX_ERROR_DETAILS) {
      body.omittedDetails = error.fields.length - MAX_ERROR_DETAILS;
    }
  }
  return body;
}
