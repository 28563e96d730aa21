// Evaluations at scale: seeds evaluations across 50 bureaus (with firms, units, history and teams),
// measures the evaluation list (with filters) at 1,000 and at 10,000 evaluations, and a transition,
// each at 50 connections; the load generator runs in a child process of its own.
//
//   npx nx build api && node tools/bench/evaluations-bench.mjs [--seconds 10] [--connections 50]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePortBase, option, signIn, withScratchApi } from './support/scratch-api.mjs';

const seconds = Number(option('seconds', '10'));
const connections = Number(option('connections', '50'));
const BUREAUS = 50;
const UNITS_PER_BUREAU = 10;
const loadScript = fileURLToPath(new URL('./support/load.mjs', import.meta.url));

const STATES = [
  ['commissioned', '"commissioned"'],
  ['preparation.submitted', '{"preparation":"submitted"}'],
  ['fieldwork', '"fieldwork"'],
  ['draft', '"draft"'],
];

async function load(url, headers) {
  const child = spawn(
    process.execPath,
    [loadScript, JSON.stringify({ url, connections, seconds, headers })],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  await once(child, 'exit');
  return JSON.parse(out);
}

/** 49 more bureaus beside the demo one, each with a firm (one user) and ten units. */
async function seedParties(client) {
  const { rows: demo } = await client.query(
    `SELECT (SELECT id FROM organisation WHERE name = '昌吉市财政局') AS bureau,
            (SELECT id FROM organisation WHERE name = '新疆正衡会计师事务所有限公司') AS firm,
            (SELECT id FROM app_user WHERE email = 'lead@firm.demo') AS lead,
            (SELECT id FROM app_user WHERE email = 'officer@czj.demo') AS officer`,
  );
  const parties = [];
  for (let b = 0; b < BUREAUS; b += 1) {
    let bureau = demo[0].bureau;
    let firm = demo[0].firm;
    let user = demo[0].lead;
    if (b > 0) {
      const code = (prefix) => `${prefix}${String(b).padStart(16, '0')}`;
      bureau = (
        await client.query(
          `INSERT INTO organisation (kind, name, region, credit_code) VALUES ('bureau', $1, '基准测试', $2) RETURNING id`,
          [`基准财政局${b}`, code('B1')],
        )
      ).rows[0].id;
      firm = (
        await client.query(
          `INSERT INTO organisation (kind, name, region, credit_code) VALUES ('firm', $1, '基准测试', $2) RETURNING id`,
          [`基准事务所${b}`, code('F1')],
        )
      ).rows[0].id;
      user = (
        await client.query(
          `INSERT INTO app_user (organisation_id, email, display_name, password_hash, roles)
         VALUES ($1, $2, '基准组长', 'x', '{team_lead}') RETURNING id`,
          [firm, `lead${b}@bench.example`],
        )
      ).rows[0].id;
    }
    const units = [];
    for (let u = 0; u < UNITS_PER_BUREAU; u += 1) {
      units.push(
        (
          await client.query(
            `INSERT INTO organisation (kind, name, region, credit_code, parent_bureau_id)
           VALUES ('unit', $1, '基准测试', $2, $3) RETURNING id`,
            [`基准街道办事处${b}-${u}`, `U1${String(b * 100 + u).padStart(16, '0')}`, bureau],
          )
        ).rows[0].id,
      );
    }
    parties.push({ bureau, firm, user, units });
  }
  return { parties, officer: demo[0].officer };
}

/** `count` evaluations spread over the bureaus, each with three history entries and a two-person team. */
async function seedEvaluations(client, { parties, officer }, count, offset) {
  for (let i = offset; i < offset + count; i += 1) {
    const party = parties[i % BUREAUS];
    const unit = party.units[i % UNITS_PER_BUREAU];
    const [status, value] = STATES[i % STATES.length];
    const due = i % 7 === 0 ? `current_date - 3` : `current_date + 30`;
    const snapshot = `{"value": ${value}, "context": {"parties": {"bureauOrgId": "${party.bureau}", "firmOrgId": "${party.firm}", "unitOrgId": "${unit}"}, "reviewLevels": 3, "signedLevels": 0}}`;
    const { rows } = await client.query(
      `INSERT INTO evaluation (bureau_org_id, firm_org_id, unit_org_id, bureau_name, firm_name, unit_name, kind, title,
                               fiscal_year, funds_in_scope, due_dates, status, current_due_date, machine_version,
                               snapshot, created_by, version)
       VALUES ($1, $2, $3, '基准财政局', '基准事务所', $4, 'department_overall', $5, $6, 1000, '{}', $7, ${due}, 1, $8, $9, 3)
       RETURNING id`,
      [
        party.bureau,
        party.firm,
        unit,
        `街道办事处${i}`,
        `街道办事处${i}${2015 + (i % 10)}年度部门整体支出绩效评价`,
        2015 + (i % 10),
        status,
        snapshot,
        officer,
      ],
    );
    const id = rows[0].id;
    await client.query(
      `INSERT INTO evaluation_history (bureau_org_id, evaluation_id, seq, firm_org_id, unit_org_id, actor_user_id, actor_org_id,
                                       actor_name, actor_org_name, event, to_status)
       SELECT $1, $2, s, $3, $4, $5, $1, '基准', '基准', 'COMMISSION', 'commissioned' FROM generate_series(1, 3) s`,
      [party.bureau, id, party.firm, unit, officer],
    );
    await client.query(
      `INSERT INTO evaluation_member (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, user_id, display_name, team_role, added_by)
       VALUES ($1, $2, $3, $4, $5, '基准组长', 'lead', $5)`,
      [party.bureau, id, party.firm, unit, party.user],
    );
  }
  await client.query('ANALYZE');
}

/** Commissioned evaluations of the demo bureau and firm, for the transition benchmark. */
async function seedCommissioned(client, { parties, officer }, count) {
  const party = parties[0];
  const ids = [];
  for (let i = 0; i < count; i += 1) {
    const unit = party.units[i % UNITS_PER_BUREAU];
    const snapshot = `{"value": "commissioned", "context": {"parties": {"bureauOrgId": "${party.bureau}", "firmOrgId": "${party.firm}", "unitOrgId": "${unit}"}, "reviewLevels": 3, "signedLevels": 0}}`;
    const { rows } = await client.query(
      `INSERT INTO evaluation (bureau_org_id, firm_org_id, unit_org_id, bureau_name, firm_name, unit_name, kind, title,
                               fiscal_year, funds_in_scope, due_dates, status, machine_version, snapshot, created_by, version)
       VALUES ($1, $2, $3, '基准财政局', '基准事务所', '基准单位', 'department_overall', $4, 2025, 1, '{}', 'commissioned', 1, $5, $6, 1)
       RETURNING id`,
      [party.bureau, party.firm, unit, `转换基准${i}`, snapshot, officer],
    );
    await client.query(
      `INSERT INTO evaluation_history (bureau_org_id, evaluation_id, seq, firm_org_id, unit_org_id, actor_user_id, actor_org_id,
                                       actor_name, actor_org_name, event, to_status)
       VALUES ($1, $2, 1, $3, $4, $5, $1, '基准', '基准', 'COMMISSION', 'commissioned')`,
      [party.bureau, rows[0].id, party.firm, unit, officer],
    );
    ids.push(rows[0].id);
  }
  return ids;
}

/** 50 workers each accept distinct evaluations for `seconds`; latency per transition. */
async function transitions(base, headers, ids) {
  const latencies = [];
  let next = 0;
  const deadline = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < deadline && next < ids.length) {
      const id = ids[next++];
      const started = performance.now();
      const response = await fetch(`${base}/api/evaluations/${id}/transitions`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ event: 'ACCEPT', version: 1 }),
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`transition answered ${response.status}`);
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return {
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: at(50),
    p95: at(95),
    p99: at(99),
  };
}

const LIST_ROUTES = [
  ['list, first page', '/api/evaluations?pageSize=20'],
  ['list, phase = fieldwork', '/api/evaluations?phase=fieldwork'],
  ['list, overdue', '/api/evaluations?overdue=true'],
  ['list, year + search', '/api/evaluations?fiscalYear=2020&q=%E8%A1%97%E9%81%93'],
];

await withScratchApi({}, async ({ ownerUrl, serve }) => {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const { base } = await serve(freePortBase());
  const officer = await signIn(base, 'officer@czj.demo');
  const lead = await signIn(base, 'lead@firm.demo');
  const world = await seedParties(client);
  const figures = [];
  let seeded = 0;
  for (const total of [1000, 10000]) {
    const started = performance.now();
    await seedEvaluations(client, world, total - seeded, seeded);
    seeded = total;
    console.log(`seeded ${total} evaluations (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    for (const [name, path] of LIST_ROUTES) {
      const result = await load(`${base}${path}`, officer);
      figures.push({ total, name, ...result });
      console.log(
        `${String(total).padStart(6)}  ${name.padEnd(26)} ${result.rps.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(0)} ms  p95 ${result.p95.toFixed(0)} ms  p99 ${result.p99.toFixed(0)} ms  non2xx ${result.non2xx}`,
      );
    }
  }
  console.log('\nlist p95 at 10,000 ÷ p95 at 1,000 (goal ≤ 1.5):');
  for (const [name] of LIST_ROUTES) {
    const small = figures.find((f) => f.total === 1000 && f.name === name);
    const large = figures.find((f) => f.total === 10000 && f.name === name);
    console.log(`  ${name.padEnd(26)} ${(large.p95 / small.p95).toFixed(2)}`);
  }
  const ids = await seedCommissioned(client, world, 3000);
  const accept = await transitions(base, lead, ids);
  console.log(
    `\ntransition (ACCEPT, ${connections} connections): ${accept.requests} in ${seconds} s, ${accept.rps.toFixed(0)}/s, p50 ${accept.p50.toFixed(0)} ms, p95 ${accept.p95.toFixed(0)} ms, p99 ${accept.p99.toFixed(0)} ms`,
  );
  await client.end();
});
