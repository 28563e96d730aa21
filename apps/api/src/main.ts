import 'reflect-metadata';
import { COMMANDS, isCommand, runCommand } from './cli/run-command';

const command = process.argv[2] ?? 'serve';

if (!isCommand(command)) {
  process.stderr.write(`Unknown command "${command}". Use one of: ${COMMANDS.join(', ')}\n`);
  process.exit(2);
}

runCommand(command).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
