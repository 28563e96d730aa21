#!/usr/bin/env node
// Generates libs/domain/src/identity/common-passwords.json, the list of passwords too common to
// accept (ASVS 5.0 6.2.4 asks for at least the top 3,000). Run: node tools/passwords/generate-common-passwords.mjs
//
// There is no network here, so the list is built reproducibly from the patterns that dominate the
// published leak analyses rather than copied from a leak corpus:
// - the top English base words of the public lists (SecLists "10k-most-common", RockYou top entries,
//   NCSC "100k-most-used") and their usual decorations: a capital first letter, trailing digit runs
//   (123, 1234, 123456, years), and a trailing or infixed symbol (!, @, #, .) — "Password123!",
//   "Admin@123456";
// - keyboard walks (qwerty rows, 1qaz2wsx columns, zigzags) and digit sequences and repetitions;
// - the Chinese patterns from the CSDN/Tianya/7k7k leak studies (Li et al., "A Large-Scale Empirical
//   Analysis of Chinese Web Passwords", USENIX Security 2014; Wang et al., "The Tangled Web of
//   Password Reuse" and "Targeted Online Password Guessing", CCS 2016): pinyin words and the most
//   common full names in pinyin (woaini, zhangwei, wangfang …), love numbers (5201314, 1314520,
//   7758521), dates (yyyymmdd birthdays), and names or words followed by a year or a birthday;
// - this product's own context: its name, the demo password published in README.md, and the
//   finance-bureau vocabulary of its users (caizheng, jixiao, pingjia …).
// Only passwords the length rule (12–128 code points) does not already refuse are kept; entries are
// lower case, because the policy compares lower-cased passwords.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_LENGTH = 12;
const OUTPUT = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../libs/domain/src/identity/common-passwords.json',
);

const ENGLISH = [
  'password',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'pa55word',
  'admin',
  'administrator',
  'root',
  'welcome',
  'iloveyou',
  'letmein',
  'qwerty',
  'abc',
  'abcd',
  'monkey',
  'dragon',
  'master',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'superman',
  'batman',
  'trustno1',
  'shadow',
  'michael',
  'jennifer',
  'hello',
  'freedom',
  'whatever',
  'starwars',
  'computer',
  'changeme',
  'default',
  'secret',
  'test',
  'guest',
  'login',
  'user',
  'summer',
  'winter',
  'spring',
  'autumn',
  'flower',
  'lovely',
  'love',
  'charlie',
  'soccer',
  'hunter',
  'killer',
  'ninja',
  'mustang',
  'access',
  'system',
  'manager',
  'office',
  'company',
  'china',
  'beijing',
  'shanghai',
  'demo',
  'sample',
  'example',
  'temp',
  'qazwsx',
  'asdf',
  'zxcv',
];
const PINYIN_WORDS = [
  'woaini',
  'woaiwojia',
  'aini',
  'aiwo',
  'laopo',
  'laogong',
  'baobei',
  'baobao',
  'tiantian',
  'xiaoming',
  'xiaohong',
  'zhongguo',
  'zhonghua',
  'beijing',
  'shanghai',
  'shenzhen',
  'guangzhou',
  'xinjiang',
  'changji',
  'wulumuqi',
  'xingfu',
  'kuaile',
  'nihao',
  'mima',
  'caizheng',
  'caizhengju',
  'zhengfu',
  'jixiao',
  'pingjia',
  'jixiaopingjia',
  'yusuan',
  'kuaiji',
  'shiwusuo',
  'qiye',
  'gongsi',
  'danwei',
  'bangongshi',
  'jiayou',
  'fendou',
  'pingan',
  'shengri',
  'qingqing',
  'yangyang',
  'lele',
  'dandan',
];
const SURNAMES = [
  'wang',
  'li',
  'zhang',
  'liu',
  'chen',
  'yang',
  'huang',
  'zhao',
  'wu',
  'zhou',
  'xu',
  'sun',
  'ma',
  'zhu',
];
const GIVEN = [
  'wei',
  'fang',
  'na',
  'min',
  'jing',
  'li',
  'qiang',
  'lei',
  'jun',
  'yang',
  'yong',
  'yan',
  'jie',
  'tao',
  'ming',
  'chao',
  'xiuying',
  'xia',
  'ping',
  'gang',
  'hui',
];
const KEYBOARD = [
  'qwertyuiop',
  'qwertyuiop[]',
  'asdfghjkl',
  'asdfghjkl;',
  'zxcvbnm',
  'zxcvbnm,./',
  'qwertyuiopasdfghjkl',
  'qazwsxedc',
  'qazwsxedcrfv',
  'qazwsxedcrfvtgb',
  '1qaz2wsx',
  '1qaz2wsx3edc',
  '1qaz2wsx3edc4rfv',
  '1q2w3e4r',
  '1q2w3e4r5t',
  '1q2w3e4r5t6y',
  '1q2w3e4r5t6y7u',
  'q1w2e3r4t5y6',
  'zaq12wsx',
  'zaq1xsw2cde3',
  '!qaz@wsx',
  '!qaz@wsx#edc',
  '!qaz2wsx',
  '1qaz@wsx',
  '1qaz!qaz',
  'qweasdzxc',
  'qweasdzxc123',
  'asdqwe123',
  'qwe123asd',
  'qwer1234',
  'asdf1234',
  'zxcv1234',
  'qwerasdf',
  'qwerasdfzxcv',
  'poiuytrewq',
  'lkjhgfdsa',
  'mnbvcxz',
  '147258369',
  '159357',
  '741852963',
  '789456123',
  '963852741',
  '1234qwer',
  '1234asdf',
  'abc123',
  'abcd1234',
  'a1b2c3d4',
  'a1b2c3d4e5f6',
  'aa123456',
  'qq123456',
];
const DIGIT_RUNS = [
  '1',
  '12',
  '123',
  '1234',
  '12345',
  '123456',
  '1234567',
  '12345678',
  '123456789',
  '1234567890',
  '666',
  '888',
  '520',
  '1314',
  '5201314',
  '1314520',
  '7758521',
];
const SYMBOLS = ['', '!', '@', '#'];
const YEARS = Array.from({ length: 2027 - 1960 }, (_, i) => String(1960 + i));

const out = new Set();
const add = (text) => {
  const lower = text.toLowerCase();
  const length = [...lower].length;
  if (length >= MIN_LENGTH && length <= 128) out.add(lower);
};

// Decorated base words: base + digits/years, with a symbol before, after or between.
const decorate = (base, tails) => {
  for (const tail of tails) {
    for (const symbol of SYMBOLS) {
      add(`${base}${tail}${symbol}`);
      if (symbol === '@' || symbol === '#') add(`${base}${symbol}${tail}`);
    }
  }
};
const TAILS = [
  '123',
  '1234',
  '12345',
  '123456',
  '12345678',
  '123456789',
  '520',
  '1314',
  '5201314',
  '1314520',
  ...YEARS.slice(-3),
];
for (const word of [...ENGLISH, ...PINYIN_WORDS]) add(word);
for (const word of ENGLISH) decorate(word, TAILS);
for (const word of PINYIN_WORDS) decorate(word, TAILS);
for (const word of KEYBOARD) {
  add(word);
  add(word + word);
  decorate(word, DIGIT_RUNS.slice(0, 10));
}

// Full names in pinyin with a birth year, a short digit run or a love number (zhangwei1990, wangfang520).
for (const surname of SURNAMES) {
  for (const given of GIVEN) {
    const name = `${surname}${given}`;
    for (const tail of ['123456', '12345678', '5201314', '1314520', '888888']) add(`${name}${tail}`);
    for (const year of YEARS.filter(
      (year) => Number(year) >= 1980 && Number(year) <= 2000 && Number(year) % 4 === 0,
    )) {
      add(`${name}${year}`);
    }
  }
}

// Digit sequences and repetitions, and birthdays doubled into the length (19900101 alone is short).
for (let length = MIN_LENGTH; length <= 20; length += 1) {
  for (const digit of '0123456789') add(digit.repeat(length));
  add('1234567890'.repeat(3).slice(0, length));
  add('0987654321'.repeat(3).slice(0, length));
  add('123123123123123123123'.slice(0, length));
  add('5201314'.repeat(3).slice(0, length));
  add('1314520'.repeat(3).slice(0, length));
  add('147258369'.repeat(3).slice(0, length));
  add('abcdefghijklmnopqrstuvwxyz'.slice(0, length));
}
for (const year of YEARS.filter((year) => Number(year) >= 1970 && Number(year) <= 2005)) {
  for (const month of ['01', '10']) {
    add(`${year}${month}01${year}`);
    add(`woaini${year}${month}`);
    add(`aa${year}${month}01`);
  }
}

// This product's context and the published demo password.
for (const year of ['2024', '2025', '2026', '2027']) {
  for (const base of [
    'demo-pass#',
    'demo-pass@',
    'demo_pass#',
    'demopass#',
    'demo-password#',
    'jixiao@',
    'jixiao#',
    'jixiao-pass#',
    'caizheng@',
    'czj@',
    'admin@czj',
    'pingjia@',
    'jixiaopingjia',
  ]) {
    add(`${base}${year}`);
    add(`${base}${year}!`);
  }
}

// The policy's first, hand-written list (kept so nothing it refused becomes acceptable).
for (const entry of [
  '123456789012',
  '1234567890123',
  'qwertyuiop12',
  'password1234',
  'password12345',
  'passw0rd1234',
  'iloveyou1234',
  'abc123456789',
  'qwerty123456',
  'admin1234567',
  'administrator',
  'welcome12345',
  '1q2w3e4r5t6y',
  'aa1234567890',
  'woaini520131',
  'woaini1314520',
  'a123456789012',
  'zxcvbnm12345',
  'changeme1234',
  'letmein12345',
  'p@ssw0rd1234',
  'p@ssword1234',
  'qazwsxedcrfv',
  '1qaz2wsx3edc',
]) {
  add(entry);
}

const list = [...out].sort();
if (list.length < 3000) throw new Error(`only ${list.length} entries`);
// One entry a line, as prettier formats it.
writeFileSync(OUTPUT, `${JSON.stringify(list, null, 2)}\n`);
process.stdout.write(`${list.length} common passwords written to ${OUTPUT}\n`);
