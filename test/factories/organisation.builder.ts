import { randomUUID } from 'node:crypto';
import { hashPassword } from '@jixiao/api-auth';
import { creditCodeCheckCharacter, type OnboardableKind, type Role } from '@jixiao/domain';
import { DEMO_PASSWORD, signIn, type SignedIn, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

let passwordHash: Promise<string> | undefined;

/** A credit code that passes the check character, unique per call. */
function uniqueCreditCode(): string {
  const digits = Array.from({ length: 9 }, () => Math.floor(Math.random() * 10)).join('');
  const base = `91650100${digits}`;
  return `${base}${creditCodeCheckCharacter(base) ?? '0'}`;
}

export interface BuiltUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
}

export interface BuiltOrganisation {
  id: string;
  kind: OnboardableKind;
  name: string;
  creditCode: string;
  users: BuiltUser[];
  /** The first user with `role`. */
  user(role: Role): BuiltUser;
  signIn(role: Role): Promise<SignedIn>;
}

/**
 * Builds an organisation with users straight in the database (owner connection, as onboarding
 * would leave it), so tests do not depend on the demo accounts:
 * `await an.organisation('unit').under(bureau).withUser('liaison').build(t)`.
 */
export class OrganisationBuilder {
  private readonly users: { role: Role; displayName: string }[] = [];
  private parentBureauId: string | null = null;
  private name: string;

  constructor(private readonly kind: OnboardableKind) {
    this.name = `测试${{ bureau: '财政局', firm: '会计师事务所', unit: '街道办事处' }[kind]}${randomUUID().slice(0, 6)}`;
  }

  named(name: string): this {
    this.name = name;
    return this;
  }

  under(bureau: BuiltOrganisation): this {
    this.parentBureauId = bureau.id;
    return this;
  }

  withUser(role: Role, displayName = `${role}-${randomUUID().slice(0, 4)}`): this {
    this.users.push({ role, displayName });
    return this;
  }

  /** Builds on the run's database; `t` may be an HTTP test app or a service context (no sign-in there). */
  async build(t: TestApp | { databaseUrl: string }): Promise<BuiltOrganisation> {
    passwordHash ??= hashPassword(DEMO_PASSWORD);
    const hash = await passwordHash;
    const creditCode = uniqueCreditCode();
    const created = await withClient(t.databaseUrl, async (client) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.platform', 'on', true)`);
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO organisation (kind, name, region, credit_code, parent_bureau_id) VALUES ($1, $2, '测试地区', $3, $4) RETURNING id`,
        [this.kind, this.name, creditCode, this.parentBureauId],
      );
      const id = rows[0]?.id ?? '';
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [id]);
      const users: BuiltUser[] = [];
      for (const user of this.users) {
        const email = `${user.role}.${randomUUID().slice(0, 8)}@test.example`;
        const inserted = await client.query<{ id: string }>(
          `INSERT INTO app_user (organisation_id, email, display_name, password_hash, roles) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [id, email, user.displayName, hash, [user.role]],
        );
        users.push({
          id: inserted.rows[0]?.id ?? '',
          email,
          displayName: user.displayName,
          roles: [user.role],
        });
      }
      await client.query('COMMIT');
      return { id, users };
    });
    const kind = this.kind;
    const name = this.name;
    const user = (role: Role): BuiltUser => {
      const found = created.users.find((candidate) => candidate.roles.includes(role));
      if (!found) throw new Error(`No ${role} in ${name}`);
      return found;
    };
    return {
      id: created.id,
      kind,
      name,
      creditCode,
      users: created.users,
      user,
      signIn: (role) => {
        if (!('http' in t)) throw new Error('Signing in needs the HTTP test app');
        return signIn(t, user(role).email);
      },
    };
  }
}
