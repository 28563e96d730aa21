/**
 * ICU plural forms in message texts: `{n, plural, one {# item} other {# items}}`, `#` standing for the
 * number, `=0 {…}` for an exact value. Chinese needs one form; English two. Forms hold plain text (no
 * nested placeholders). Shared by the server's message catalogs and the web app's translations.
 */
export const PLURAL_BLOCK =
  /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

const rulesByLocale = new Map<string, Intl.PluralRules>();

function categoryOf(value: number, locale: string): Intl.LDMLPluralRule {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules.select(value);
}

/** Parsed forms by their text: texts come from fixed catalogs, and screens fill them on every change. */
const parsedForms = new Map<string, ReadonlyMap<string, string>>();

/** A plural block's forms by category (`one`, `other`, `=0` …). */
export function pluralForms(forms: string): ReadonlyMap<string, string> {
  let parsed = parsedForms.get(forms);
  if (!parsed) {
    parsed = new Map(
      [...forms.matchAll(PLURAL_FORM)].map((form): [string, string] => [form[1] ?? '', form[2] ?? '']),
    );
    parsedForms.set(forms, parsed);
  }
  return parsed;
}

/**
 * The form for `value` in `locale`, with `#` replaced by the value as given (a number, or a number
 * already formatted as text, e.g. "1,200"); undefined without an `other` form.
 */
export function choosePlural(
  forms: ReadonlyMap<string, string>,
  value: number | string,
  locale: string,
): string | undefined {
  const count = typeof value === 'number' ? value : Number(value.replace(/,/g, ''));
  const form = Number.isFinite(count)
    ? (forms.get(`=${count}`) ?? forms.get(categoryOf(count, locale)) ?? forms.get('other'))
    : forms.get('other');
  return form?.replace(/#/g, String(value));
}

/** The text with each plural block whose number is given replaced by its form; other blocks stay. */
export function applyPlurals(
  text: string,
  params: Readonly<Record<string, unknown>>,
  locale: string,
): string {
  if (!text.includes(', plural,')) return text;
  return text.replace(PLURAL_BLOCK, (block, name: string, forms: string) => {
    const value = params[name];
    if (typeof value !== 'number' && typeof value !== 'string') return block;
    return choosePlural(pluralForms(forms), value, locale) ?? block;
  });
}

/** The parameter names a text uses, in simple placeholders and plural blocks alike. */
export function messageParameters(text: string): string[] {
  const plural = [...text.matchAll(PLURAL_BLOCK)].map((match) => match[1] ?? '');
  const simple = [...text.replace(PLURAL_BLOCK, '').matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  return [...new Set([...plural, ...simple])].sort();
}
