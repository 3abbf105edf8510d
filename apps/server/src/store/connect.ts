import mongoose, { type Connection } from 'mongoose';

/** An open database connection; only the store looks inside. */
export type DatabaseConnection = Connection;

/**
 * Opens a dedicated Mongoose connection (not the global one), so tests can
 * run several apps on several databases in one process.
 */
export async function connectMongo(uri: string, dbName: string): Promise<Connection> {
  const connection = mongoose.createConnection(uri, {
    dbName,
    serverSelectionTimeoutMS: 5_000,
    // FerretDB v1 has no retryable writes; MongoDB does not need them here.
    retryWrites: false,
  });
  await connection.asPromise();
  return connection;
}

/** Round-trips a ping to the server; throws when it is unreachable. */
export async function pingMongo(connection: Connection): Promise<void> {
  if (connection.readyState !== mongoose.ConnectionStates.connected || !connection.db) {
    throw new Error(`not connected (state ${mongoose.ConnectionStates[connection.readyState]})`);
  }
  await connection.db.admin().command({ ping: 1 });
}
