import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/config-error';
import { loadStorageConfig } from './storage-config';

describe('loadStorageConfig', () => {
  it('defaults to local disk under .data/files of the working directory', () => {
    expect(loadStorageConfig({}, '/srv/jixiao')).toEqual({
      driver: 'local',
      directory: '/srv/jixiao/.data/files',
    });
  });

  it('takes STORAGE_DIR, relative to the working directory or absolute', () => {
    expect(loadStorageConfig({ STORAGE_DIR: 'files' }, '/srv')).toEqual({
      driver: 'local',
      directory: '/srv/files',
    });
    expect(loadStorageConfig({ STORAGE_DIR: '/var/lib/jixiao' }, '/srv')).toEqual({
      driver: 'local',
      directory: '/var/lib/jixiao',
    });
  });

  it('reads the S3 settings, path-style by default', () => {
    expect(
      loadStorageConfig({
        STORAGE_DRIVER: 's3',
        S3_ENDPOINT: 'https://minio.internal:9000',
        S3_BUCKET: 'jixiao',
        S3_REGION: 'cn-north-1',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'secret',
      }),
    ).toEqual({
      driver: 's3',
      endpoint: 'https://minio.internal:9000',
      bucket: 'jixiao',
      region: 'cn-north-1',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
  });

  it('leaves endpoint and credentials to the SDK when unset (AWS S3 with an instance role)', () => {
    expect(loadStorageConfig({ STORAGE_DRIVER: 's3', S3_BUCKET: 'b', S3_FORCE_PATH_STYLE: 'false' })).toEqual(
      {
        driver: 's3',
        endpoint: null,
        bucket: 'b',
        region: 'us-east-1',
        accessKeyId: null,
        secretAccessKey: null,
        forcePathStyle: false,
      },
    );
  });

  it.each([
    [{ STORAGE_DRIVER: 'ftp' }, /STORAGE_DRIVER/],
    [{ STORAGE_DRIVER: 's3' }, /S3_BUCKET/],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'b', S3_ENDPOINT: 'not a url' }, /S3_ENDPOINT/],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'only-id' }, /S3_SECRET_ACCESS_KEY/],
    [{ STORAGE_DRIVER: 's3', S3_BUCKET: 'b', S3_FORCE_PATH_STYLE: 'yes' }, /S3_FORCE_PATH_STYLE/],
  ])('refuses %j', (env, message) => {
    expect(() => loadStorageConfig(env)).toThrow(ConfigError);
    expect(() => loadStorageConfig(env)).toThrow(message);
  });
});
