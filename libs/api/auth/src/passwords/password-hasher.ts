import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with the ASVS 5.0 parameters (m = 19 MiB, t = 2, p = 1). */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** At most this many hashes at once, so a burst of sign-ins cannot exhaust memory or starve the event loop. */
const MAX_CONCURRENT_HASHES = 4;

export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

@Injectable()
export class PasswordHasher {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** Verified against when the account does not exist, so both cases take the same time. */
  private readonly dummyHash = hashPassword('jixiao-no-such-account-padding');

  async hash(password: string): Promise<string> {
    return this.limited(() => hashPassword(password));
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    const target = hash ?? (await this.dummyHash);
    const matches = await this.limited(() => argon2.verify(target, password).catch(() => false));
    return hash !== null && matches;
  }

  private async limited<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= MAX_CONCURRENT_HASHES) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }
}
