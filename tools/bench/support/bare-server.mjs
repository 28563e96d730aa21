// The yardstick for tools/bench/bare-vs-product.mjs: a bare `node:http` + `pg` server that does the
// database work the product does for the benchmarked routes and nothing else. Per authorised request:
// verify the HS256 access token (signature, alg, iss, aud, exp, typ), then ONE transaction as the
// runtime role jixiao_app — BEGIN, set_config of the tenant context (transaction-local), the
// principal re-read (user, organisation, session: immediate revocation), the route's query, COMMIT.
// Environment: DATABASE_URL (runtime role), JWT_SECRET, PORT, POOL_MAX (default 10, as the product).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_MAX ?? 10),
});
const secret = process.env.JWT_SECRET;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function verifyAccessToken(header) {
  const token = header?.startsWith('Bearer ') ? header.slice(7) : null;
  const parts = token?.split('.');
  if (!parts || parts.length !== 3) return null;
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const head = JSON.parse(Buffer.from(parts[0], 'base64url').toString());
  const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString());
  const ok =
    head.alg === 'HS256' &&
    claims.iss === 'jixiao' &&
    claims.aud === 'jixiao-api' &&
    claims.typ === 'access' &&
    typeof claims.exp === 'number' &&
    claims.exp * 1000 > Date.now() &&
    UUID.test(claims.sub) &&
    UUID.test(claims.org) &&
    UUID.test(claims.sid);
  return ok ? claims : null;
}

const PRINCIPAL = `SELECT u.email, u.display_name, u.roles, u.status AS user_status,
        o.kind, o.name AS organisation_name, o.region, o.status AS organisation_status,
        s.revoked_at, s.expires_at
   FROM app_user u
   JOIN organisation o ON o.id = u.organisation_id
   JOIN auth_session s ON s.user_id = u.id AND s.organisation_id = u.organisation_id
  WHERE u.id = $1 AND u.organisation_id = $2 AND s.id = $3`;

/** What each route reads after the principal, in the same transaction. */
const ROUTES = {
  '/api/auth/me': async (_client, claims, p) => ({
    id: claims.sub,
    email: p.email,
    displayName: p.display_name,
    roles: p.roles,
    organisation: { id: claims.org, kind: p.kind, name: p.organisation_name, region: p.region },
  }),
  '/api/users': async (client, claims) => {
    const { rows } = await client.query(
      `SELECT id, email, display_name, roles, status, created_at, last_login_at, version
         FROM app_user WHERE organisation_id = $1 ORDER BY created_at`,
      [claims.org],
    );
    return rows.map((u) => ({
      id: u.id,
      email: u.email,
      displayName: u.display_name,
      roles: u.roles,
      status: u.status,
      createdAt: u.created_at.toISOString(),
      lastLoginAt: u.last_login_at?.toISOString() ?? null,
      version: u.version,
    }));
  },
  '/api/frameworks': async (client, claims) => {
    const { rows } = await client.query(
      `SELECT t.id, t.name, t.status, t.current_version, t.updated_at, u.display_name AS updated_by_name,
              v.indicator_count
         FROM framework_template t
         JOIN framework_template_version v ON v.template_id = t.id AND v.version = t.current_version
         LEFT JOIN app_user u ON u.id = t.updated_by
        WHERE t.organisation_id = $1 ORDER BY t.status, t.updated_at DESC, t.id`,
      [claims.org],
    );
    return rows.map((row) => ({
      id: row.id,
      builtin: false,
      name: row.name,
      status: row.status,
      version: row.current_version,
      indicatorCount: row.indicator_count,
      updatedAt: row.updated_at.toISOString(),
      updatedByName: row.updated_by_name,
    }));
  },
};

async function authorised(claims, read) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT set_config('app.org_id', $1, true), set_config('app.user_id', $2, true), set_config('app.platform', 'off', true)`,
      [claims.org, claims.sub],
    );
    const [p] = (await client.query(PRINCIPAL, [claims.sub, claims.org, claims.sid])).rows;
    const usable =
      p &&
      p.user_status === 'active' &&
      p.organisation_status === 'active' &&
      p.revoked_at === null &&
      p.expires_at.getTime() > Date.now();
    const body = usable ? await read(client, claims, p) : null;
    await client.query('COMMIT');
    return body;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function send(response, status, body) {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  response.end(json);
}

createServer(async (request, response) => {
  try {
    const path = request.url.split('?')[0];
    if (path === '/api/health') {
      await pool.query('SELECT 1');
      send(response, 200, { status: 'ok', database: 'ok' });
      return;
    }
    const read = ROUTES[path];
    if (!read) return send(response, 404, { code: 'NOT_FOUND' });
    const claims = verifyAccessToken(request.headers.authorization);
    if (!claims) return send(response, 401, { code: 'AUTH_REQUIRED' });
    const body = await authorised(claims, read);
    if (body === null) return send(response, 401, { code: 'AUTH_SESSION_EXPIRED' });
    send(response, 200, body);
  } catch {
    send(response, 500, { code: 'INTERNAL' });
  }
}).listen(Number(process.env.PORT), '127.0.0.1');
