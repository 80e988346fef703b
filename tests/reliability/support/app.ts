import { startTestApp, TEST_PASSWORD, type TestApp } from '../../support/api';
import { DataInspector, WriteWatch } from './checksum';

export interface InspectedApp {
  app: TestApp;
  inspector: DataInspector;
  /** Writes the app sends, seen from its own mongoose connection. */
  writes: WriteWatch;
  uri: string;
  dbName: string;
  password: string;
  close(): Promise<void>;
}

/** A test app (seeded or not) plus a plain-driver reader of its database. */
export async function startInspectedApp(options: Parameters<typeof startTestApp>[0] = {}): Promise<InspectedApp> {
  const app = await startTestApp(options);
  const connection = app.planner.context.db.connection;
  const uri = `mongodb://${connection.host}:${connection.port}`;
  const dbName = connection.db!.databaseName;
  const inspector = await DataInspector.open(uri, dbName);
  const writes = new WriteWatch(connection);
  return {
    app,
    inspector,
    writes,
    uri,
    dbName,
    password: TEST_PASSWORD,
    async close() {
      writes.stop();
      await inspector.close();
      await app.close();
    },
  };
}
