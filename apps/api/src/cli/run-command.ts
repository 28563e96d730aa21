import { Logger } from '@nestjs/common';
import { loadAppConfig, migrateDatabase, resetDatabase } from '@jixiao/api-platform';
import { createApp } from '../app/create-app';
// Reminders and notifications (issue 9)
import { createWorker } from '../app/create-worker';
import { DATABASE_SCHEMA } from '../app/database-schema';
import { demoCredentialsTable } from '../demo/demo-credentials';
import { seedDemoData } from '../demo/seed-demo-data';
// The archive package (归档包, issue 11)
import { verifyArchiveFile } from '@jixiao/api-reports';

export const COMMANDS = [
  'serve',
  'migrate',
  'seed',
  'reset',
  'credentials',
  'worker',
  // The archive package (归档包, issue 11)
  'verify-archive',
] as const;
export type Command = (typeof COMMANDS)[number];

export function isCommand(value: string): value is Command {
  return (COMMANDS as readonly string[]).includes(value);
}

/** `node main.js [serve|migrate|seed|reset|credentials|worker|verify-archive <zip>]`. */
export async function runCommand(command: Command): Promise<void> {
  const logger = new Logger('jixiao');
  switch (command) {
    case 'credentials':
      process.stdout.write(`${demoCredentialsTable()}\n`);
      return;
    case 'migrate': {
      const config = loadAppConfig();
      const applied = await migrateDatabase(
        config.ownerDatabaseUrl,
        config.appDatabasePassword,
        DATABASE_SCHEMA,
      );
      logger.log(
        applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date',
      );
      return;
    }
    case 'reset': {
      const config = loadAppConfig();
      if (config.production) throw new Error('reset is refused when NODE_ENV=production');
      await resetDatabase(config.ownerDatabaseUrl, config.appDatabasePassword, DATABASE_SCHEMA);
      logger.log('Database reset and migrated');
      return;
    }
    case 'seed': {
      const config = loadAppConfig();
      const { created } = await seedDemoData(config.ownerDatabaseUrl);
      logger.log(created ? 'Demo data created' : 'Demo data already present');
      return;
    }
    case 'serve': {
      const config = loadAppConfig();
      const app = await createApp(config);
      await app.listen(config.port);
      logger.log(`Jixiao API listening on ${config.publicUrl} (docs at ${config.publicUrl}/api/docs)`);
      return;
    }
    // Reminders and notifications (issue 9): a process that only works the job queues.
    case 'worker': {
      const config = loadAppConfig();
      await createWorker({ ...config, jobs: { ...config.jobs, inProcess: true } });
      logger.log('Jixiao worker running (outbox relay, mail, reminders); stop with Ctrl+C');
      return;
    }
    // The archive package (归档包, issue 11): `verify-archive <package.zip>`, offline.
    case 'verify-archive': {
      const { ok, report } = await verifyArchiveFile(process.argv[3]);
      process.stdout.write(`${report}\n`);
      if (!ok) process.exitCode = 1;
      return;
    }
  }
}
