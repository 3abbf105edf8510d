import { randomBytes } from 'node:crypto';
import type { Connection } from 'mongoose';
import { inject, onTestFinished } from 'vitest';
import { connectMongo } from '../../src/store/connect.ts';

/**
 * A connection to a database of this test file's own, dropped after the file:
 * parallel files never see each other's data.
 */
export async function connectTestDatabase(): Promise<Connection> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const connection = await connectMongo(inject('mongoUri'), name);
  onTestFinished(async () => {
    if (connection.readyState === 1) {
      await connection.dropDatabase();
      await connection.close();
    }
  });
  return connection;
}
