import type { PipeTransform } from '@nestjs/common';
import { AppError } from '@jixiao/api-platform';

const TEMPLATE_ID =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|builtin-[a-z0-9-]{1,80})$/i;

/** A template id is a UUID or `builtin-<key>`; anything else cannot exist and answers NOT_FOUND. */
export const templateIdParam: PipeTransform<string, string> = {
  transform(value: string): string {
    if (!TEMPLATE_ID.test(value)) throw AppError.notFound();
    return value;
  },
};
