// The scoring workbench's save + recompute path at size (issue 9): the demo evaluation in fieldwork
// gets a synthetic 200-leaf indicator system (4 × 5 × 10, 225 nodes with parents) and 500 files; then
// the built API is measured opening the workbench (GET) and saving every indicator one by one (PUT:
// lock, validate, recompute the whole evaluation with the domain's evaluate, store row + result).
//
//   npx nx build api && node tools/bench/workbench-bench.mjs [--rounds 3]
import pg from 'pg';
import { freePortBase, option, signIn, withScratchApi } from './support/scratch-api.mjs';

const rounds = Number(option('rounds', '3'));
const DEMO = '昌吉市人民政府中山路街道办事处2024年度部门整体支出绩效评价';
const FILES = 500;

/** 4 level-1 × 5 level-2 × 10 leaves; every leaf a yes/no of weight 0.5, so the total is 100. */
function syntheticFramework(template) {
  const indicators = [1, 2, 3, 4].map((a) => ({
    id: String(a),
    name: `一级指标${a}`,
    weight: '25',
    children: [1, 2, 3, 4, 5].map((b) => ({
      id: `${a}.${b}`,
      name: `二级指标${a}.${b}`,
      weight: '5',
      children: Array.from({ length: 10 }, (_, c) => ({
        id: `${a}.${b}.${c + 1}`,
        name: `三级指标${a}.${b}.${c + 1}`,
        weight: '0.5',
        standard: '符合要求得满分，否则不得分。',
        rule: { kind: 'yes_no' },
      })),
    })),
  }));
  return { ...template, key: 'bench-200', name: '基准：200 项指标', totalWeight: '100', indicators };
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  return `n=${samples.length} mean ${mean.toFixed(1)} ms, p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
}

async function timed(work) {
  const start = performance.now();
  const response = await work();
  const ms = performance.now() - start;
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return { ms, body: await response.json() };
}

await withScratchApi({}, async ({ ownerUrl, serve }) => {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  let evaluationId;
  let leaves;
  try {
    const { rows } = await client.query(
      `SELECT e.id, e.bureau_org_id, e.firm_org_id, e.unit_org_id, f.framework,
              (SELECT id FROM app_user WHERE email = 'liaison@zsl.demo') AS liaison
         FROM evaluation e JOIN evaluation_framework f ON f.bureau_org_id = e.bureau_org_id AND f.evaluation_id = e.id
        WHERE e.title = $1`,
      [DEMO],
    );
    const demo = rows[0];
    if (!demo) throw new Error('demo evaluation in fieldwork missing (seed)');
    evaluationId = demo.id;
    const framework = syntheticFramework(demo.framework);
    leaves = framework.indicators.flatMap((a) => a.children.flatMap((b) => b.children.map((c) => c.id)));
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [demo.firm_org_id]);
    await client.query(`DELETE FROM evaluation_score WHERE evaluation_id = $1`, [demo.id]);
    await client.query(
      `UPDATE evaluation_framework SET framework = $2, version = version + 1 WHERE evaluation_id = $1`,
      [demo.id, JSON.stringify(framework)],
    );
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [demo.unit_org_id]);
    await client.query(
      `INSERT INTO evaluation_file (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, owner_org_id, visibility,
                                    purpose, storage_key, original_name, media_type, size, sha256, uploaded_by,
                                    uploaded_by_name)
       SELECT $1, $2, $3, $4, $4, 'shared', 'figure_source', 'bench/' || g, '资料' || g || '.pdf',
              'application/pdf', 1024, repeat('0', 64), $5, '古丽'
         FROM generate_series(1, $6) g`,
      [demo.bureau_org_id, demo.id, demo.firm_org_id, demo.unit_org_id, demo.liaison, FILES],
    );
    await client.query('COMMIT');
  } finally {
    await client.end();
  }

  const { base } = await serve(freePortBase());
  const lead = await signIn(base, 'lead@firm.demo');
  const url = `${base}/api/evaluations/${evaluationId}/workbench`;
  const headers = { ...lead, 'content-type': 'application/json' };

  // Warm-up: a few opens and saves.
  for (let i = 0; i < 5; i += 1) await timed(() => fetch(url, { headers: lead }));

  const opens = [];
  const saves = [];
  let last;
  const versions = new Map();
  for (let round = 0; round < rounds; round += 1) {
    for (const id of leaves) {
      const { ms, body } = await timed(() =>
        fetch(`${url}/${encodeURIComponent(id)}`, {
          method: 'PUT',
          headers,
          body: JSON.stringify({
            observations: { [id]: round % 2 === 0 },
            findings: `第${round + 1}轮：已核查`,
            deductionReason: round % 2 === 0 ? '' : '不符合要求',
            version: versions.get(id) ?? 0,
          }),
        }),
      );
      versions.set(id, body.row.version);
      saves.push(ms);
      last = body.stored.result;
    }
    for (let i = 0; i < 20; i += 1) opens.push((await timed(() => fetch(url, { headers: lead }))).ms);
  }
  const view = (await timed(() => fetch(url, { headers: lead }))).body;
  console.log(
    `workbench bench: ${leaves.length} scored indicators (${last.nodes.length} nodes), ${FILES} files, ${rounds} rounds`,
  );
  console.log(`  save + recompute + store (PUT one indicator): ${stats(saves)}`);
  console.log(`  open the workbench (GET, inputs + stored result + live unscored): ${stats(opens)}`);
  console.log(
    `  last stored total ${last.total} (${last.grade}); stale ${JSON.stringify(view.stored.stale)}; rows ${view.rows.length}; files ${view.files.length}`,
  );
});
