import type { S3Client } from '@aws-sdk/client-s3';
import { contentKey, isContentKey, type FileStore } from './file-store.js';

export type S3Settings = {
  endpoint?: string | undefined;
  bucket: string;
  region: string;
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  /** Path-style URLs (http://host/bucket/key): needed by most self-hosted S3-compatible servers. */
  forcePathStyle: boolean;
};

/** An S3-compatible bucket, shared by every API process behind a load balancer. */
export function s3FileStore(settings: S3Settings): FileStore {
  // The AWS SDK is loaded on the first file operation: it is a noticeable part of start-up
  // and idle memory, and many processes never touch a file (docs/performance.md).
  let loaded: Promise<{ sdk: typeof import('@aws-sdk/client-s3'); client: S3Client }> | undefined;
  const load = () =>
    (loaded ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        region: settings.region,
        forcePathStyle: settings.forcePathStyle,
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        ...(settings.accessKeyId && settings.secretAccessKey
          ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
          : {}),
      }),
    })));
  const Bucket = settings.bucket;
  return {
    kind: 's3',
    async put(bytes, sha256) {
      const Key = contentKey(sha256);
      const { sdk, client } = await load();
      const { HeadObjectCommand, NotFound, PutObjectCommand } = sdk;
      const present = await client.send(new HeadObjectCommand({ Bucket, Key })).then(
        () => true,
        (error: unknown) => {
          if (error instanceof NotFound || (error as { name?: string }).name === 'NotFound') return false;
          throw error;
        },
      );
      if (!present) {
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key,
            Body: bytes,
            ContentLength: bytes.length,
            ContentType: 'application/octet-stream',
          }),
        );
      }
      return Key;
    },
    async get(key) {
      if (!isContentKey(key)) throw new Error(`not a storage key: ${key}`);
      const { sdk, client } = await load();
      const { GetObjectCommand, NoSuchKey } = sdk;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!object.Body) return null;
        return Buffer.from(await object.Body.transformToByteArray());
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
        throw error;
      }
    },
  };
}
