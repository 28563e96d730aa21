import { resolve } from 'node:path';
import { ConfigError } from '../config/config-error';

export interface LocalStorageConfig {
  driver: 'local';
  /** Absolute directory holding the files. */
  directory: string;
}

export interface S3StorageConfig {
  driver: 's3';
  /** Null: AWS's own endpoint for the region. */
  endpoint: string | null;
  bucket: string;
  region: string;
  /** Null (both): the SDK's default credential chain (AWS_* variables, instance role, …). */
  accessKeyId: string | null;
  secretAccessKey: string | null;
  /** `https://endpoint/bucket/key` rather than `https://bucket.endpoint/key`; most self-hosted stores need it. */
  forcePathStyle: boolean;
}

export type StorageConfig = LocalStorageConfig | S3StorageConfig;

export const DEFAULT_STORAGE_DIR = '.data/files';

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigError(`${name} must be true or false`);
}

/** STORAGE_DRIVER=local (default; STORAGE_DIR) or s3 (S3_ENDPOINT, S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, …). */
export function loadStorageConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): StorageConfig {
  const driver = env['STORAGE_DRIVER'] || 'local';
  if (driver === 'local') {
    return { driver, directory: resolve(cwd, env['STORAGE_DIR'] || DEFAULT_STORAGE_DIR) };
  }
  if (driver !== 's3') throw new ConfigError('STORAGE_DRIVER must be local or s3');
  const bucket = env['S3_BUCKET'];
  if (!bucket) throw new ConfigError('S3_BUCKET must be set when STORAGE_DRIVER=s3');
  const endpoint = env['S3_ENDPOINT'] || null;
  if (endpoint !== null && !URL.canParse(endpoint)) throw new ConfigError('S3_ENDPOINT must be a URL');
  const accessKeyId = env['S3_ACCESS_KEY_ID'] || null;
  const secretAccessKey = env['S3_SECRET_ACCESS_KEY'] || null;
  if ((accessKeyId === null) !== (secretAccessKey === null)) {
    throw new ConfigError('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither');
  }
  return {
    driver,
    endpoint,
    bucket,
    region: env['S3_REGION'] || 'us-east-1',
    accessKeyId,
    secretAccessKey,
    forcePathStyle: flag('S3_FORCE_PATH_STYLE', env['S3_FORCE_PATH_STYLE'], true),
  };
}
