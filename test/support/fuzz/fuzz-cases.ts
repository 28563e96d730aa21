import fc from 'fast-check';

/** One request the fuzzer sends: everything but the route's method and path template. */
export interface FuzzCase {
  pathValue: string;
  query: string;
  contentType: string | null;
  body: string | null;
  auth: 'valid' | 'none' | 'forged';
}

const HUGE_NUMBERS = [
  '9223372036854775808',
  '1e23',
  '-1',
  '0',
  'NaN',
  'Infinity',
  '1.5',
  '99999999999999999999',
];
const HOSTILE_TEXT = [
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '%00',
  "'; DROP TABLE app_user; --",
  '../../etc/passwd',
  '<script>',
];

/** Percent-encodes; a lone surrogate becomes its (invalid) UTF-8 bytes, as a raw client would send. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return `%ED%A0%80${encodeURIComponent(text.replace(/[\ud800-\udfff]/g, ''))}`;
  }
}

const pathValue = fc.oneof(
  fc.uuid(),
  fc.constantFrom('builtin-zhongshan-2024', 'builtin-nope', '0', '-1', '1e23', 'null', 'undefined'),
  fc.constantFrom(...HOSTILE_TEXT).map(encode),
  fc.uuid().map((id) => `${id}%00`),
  fc.uuid().map((id) => `${id}.${'A'.repeat(43)}`),
  fc.string({ maxLength: 300 }).map(encode),
);

const queryValue = fc.oneof(
  fc.constantFrom(...HUGE_NUMBERS),
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ maxLength: 50 }),
  fc.constant('x'.repeat(5000)),
);
const query = fc
  .array(fc.tuple(fc.constantFrom('beforeSeq', 'limit', 'dryRun', 'id', 'x', '__proto__'), queryValue), {
    maxLength: 3,
  })
  .map((pairs) => pairs.map(([key, value]) => `${key}=${encode(value)}`).join('&'));

/** JSON values with the field names the API actually reads, so bodies get past the first check. */
const KEYS = [
  'email',
  'password',
  'name',
  'region',
  'creditCode',
  'contactName',
  'contactPhone',
  'adminEmail',
  'kind',
  'roles',
  'token',
  'displayName',
  'currentPassword',
  'newPassword',
  'framework',
  'figures',
  'observations',
  'overrides',
  'stated',
  'note',
  'baseVersion',
  'indicators',
  'score',
  'reason',
  '1',
  '1.1',
  'constructor',
];
const scalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(...HOSTILE_TEXT),
  fc.constantFrom(null, true, false, 0, -1, 1e23, 9223372036854775808, 1.5, 2147483648),
  fc.double(),
  fc.integer(),
);
const { value: jsonValue } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 5 }),
}));

/** Escapes lone surrogates so JSON.stringify's output carries them as \\uXXXX, as an attacker would. */
function json(value: unknown): string {
  return JSON.stringify(value).replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

const body: fc.Arbitrary<{ contentType: string | null; body: string | null }> = fc.oneof(
  {
    weight: 6,
    arbitrary: jsonValue.map((value) => ({ contentType: 'application/json', body: json(value) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        '{"email": "a@b.c",',
        '{{}}',
        '[',
        'nul',
        '{"a":1}garbage',
        '\u0000',
        `{"a":${'['.repeat(6000)}${']'.repeat(6000)}}`,
        `[${Array.from({ length: 20_000 }, () => '1').join(',')}]`,
        `{${Array.from({ length: 5000 }, (_, i) => `"k${i}":1`).join(',')}}`,
        `{"name":"${'x'.repeat(1_900_000)}"}`,
      )
      .map((text) => ({ contentType: 'application/json', body: text })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { contentType: 'application/x-www-form-urlencoded', body: 'email=a%40b.c&password=x' },
      { contentType: 'text/plain', body: '{"email":"a@b.c"}' },
      { contentType: 'application/xml', body: '<a/>' },
      {
        contentType: 'multipart/form-data; boundary=x',
        body: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nPK\u0003\u0004\r\n--x--',
      },
      { contentType: 'multipart/form-data', body: 'garbage' },
      { contentType: 'application/json; charset=utf-16', body: '{}' },
      { contentType: null, body: null },
    ),
  },
);

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc
  .record({
    pathValue,
    query,
    auth: fc.constantFrom('valid', 'valid', 'valid', 'none', 'forged'),
    body,
  })
  .map(({ body: sent, ...rest }) => ({ ...rest, ...sent }));

/** What no answer may contain: stack frames, source paths, SQL or driver errors. */
export const LEAK =
  /QueryFailedError|at \w+ \(|\.ts:\d+|\bSELECT\b|\bINSERT\b|\bUPDATE\s+\w+\s+SET\b|node_modules|violates|syntax error/;
