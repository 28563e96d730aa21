import { ROLE_LABELS } from '@jixiao/contracts';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-data';

/** The demo accounts as a table for the terminal. */
export function demoCredentialsTable(): string {
  const lines = [`演示账号 Demo accounts — 密码 password: ${DEMO_PASSWORD}`, ''];
  for (const organisation of DEMO_ORGANISATIONS) {
    lines.push(`  ${organisation.name}`);
    for (const user of organisation.users) {
      const roles = user.roles.map((role) => ROLE_LABELS[role]['zh-CN']).join('、');
      lines.push(`    ${user.email.padEnd(26)} ${roles}（${user.displayName}）`);
    }
  }
  return lines.join('\n');
}
