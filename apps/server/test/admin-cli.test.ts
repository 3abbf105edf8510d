import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { createModels } from '../src/store/models.ts';
import { connectTestDatabase } from './support/mongo.ts';

const run = promisify(execFile);
const serverDir = fileURLToPath(new URL('..', import.meta.url));

/** An empty DATA_DIR, removed after the test. */
async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pst-cli-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs `pnpm --filter @pst/server admin ...` the way its script does, against the given database. */
function admin(args: string[], env: Record<string, string | undefined>) {
  return run(process.execPath, ['--import', 'tsx', 'src/edge/cli/admin.ts', ...args], {
    cwd: serverDir,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    timeout: 30_000,
  });
}

describe('admin CLI', () => {
  it('creates an office and an officer, then lists the officer', { timeout: 90_000 }, async () => {
    const mongo = await connectTestDatabase();
    const env = { MONGODB_URI: inject('mongoUri'), MONGODB_DB: mongo.name };

    const office = await admin(
      ['office:create', '--code', '5102', '--name', 'BPS Kabupaten Tabanan', '--tz', 'Asia/Makassar'],
      env,
    );
    expect(office.stdout).toContain('5102  Asia/Makassar  auto  BPS Kabupaten Tabanan');

    const created = await admin(
      [
        'officer:create',
        '--name',
        'Ni Wayan Sari',
        '--email',
        'Wayan@BPS.go.id',
        '--password',
        'rahasia-cli-123',
        '--office',
        '5102',
      ],
      env,
    );
    expect(created.stdout).toMatch(
      /^Created officer: [0-9a-f]{24} {2}wayan@bps\.go\.id {2}officer {2}5102 {2}active {2}Ni Wayan Sari$/m,
    );

    const listed = await admin(['officer:list', '--office', '5102'], env);
    expect(listed.stdout.trim().split('\n')).toHaveLength(1);
    expect(listed.stdout).toContain('wayan@bps.go.id  officer  5102  active  Ni Wayan Sari');

    const stored = await createModels(mongo).Officer.findOne({ email: 'wayan@bps.go.id' }).lean();
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('adds and removes origins one by one, and says what a replacing --origin removed', {
    timeout: 90_000,
  }, async () => {
    const mongo = await connectTestDatabase();
    const env = { MONGODB_URI: inject('mongoUri'), MONGODB_DB: mongo.name };
    await admin(['office:create', '--code', '5102', '--name', 'BPS Kabupaten Tabanan', '--tz', 'Asia/Makassar'], env);

    await admin(['office:origin:add', '--code', '5102', '--origin', 'https://tabanankab.bps.go.id'], env);
    const added = await admin(['office:origin:add', '--code', '5102', '--origin', 'http://localhost:8080/'], env);
    expect(added.stdout).toContain('Added: http://localhost:8080\n');
    expect(added.stdout).toContain('Allowed origins of 5102: https://tabanankab.bps.go.id http://localhost:8080');

    const removed = await admin(['office:origin:remove', '--code', '5102', '--origin', 'http://localhost:8080'], env);
    expect(removed.stdout).toContain('Removed: http://localhost:8080');
    expect((await admin(['office:origin:list', '--code', '5102'], env)).stdout).toBe('https://tabanankab.bps.go.id\n');

    const unknown = admin(['office:origin:remove', '--code', '5102', '--origin', 'https://nope.example'], env);
    await expect(unknown).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('Not an allowed origin') });

    const replaced = await admin(['office:update', '--code', '5102', '--origin', 'https://new.example'], env);
    expect(replaced.stdout).toContain('--origin replaced the list; removed: https://tabanankab.bps.go.id');
  });

  it('works without MONGODB_URI on the embedded database of a running server', { timeout: 60_000 }, async () => {
    const mongo = await connectTestDatabase();
    await createModels(mongo).Office.create({
      code: '5108',
      name: 'BPS Kabupaten Buleleng',
      timeZone: 'Asia/Makassar',
    });
    // What a running `pnpm start` leaves in its DATA_DIR: this test process stands in for the server.
    const dataDir = await tempDataDir();
    await writeFile(
      path.join(dataDir, 'embedded.json'),
      JSON.stringify({ uri: inject('mongoUri'), kind: 'test', pid: process.pid }),
    );
    const listed = await admin(['office:list'], { MONGODB_URI: undefined, DATA_DIR: dataDir, MONGODB_DB: mongo.name });
    expect(listed.stdout).toContain('5108  Asia/Makassar  auto  BPS Kabupaten Buleleng');
  });

  it('exits non-zero with one clear message on bad input or without a database', { timeout: 60_000 }, async () => {
    const mongo = await connectTestDatabase();
    const env = { MONGODB_URI: inject('mongoUri'), MONGODB_DB: mongo.name };

    const badEmail = admin(
      ['officer:create', '--name', 'X', '--email', 'not-an-email', '--password', 'rahasia-cli-123', '--office', '5102'],
      env,
    );
    await expect(badEmail).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/BAD_REQUEST.*email/) });

    const unknownFlag = admin(['office:list', '--email', 'x@bps.go.id'], env);
    await expect(unknownFlag).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('does not take --email'),
    });

    const emptyDataDir = await tempDataDir();
    const noDatabase = admin(['office:list'], { MONGODB_URI: undefined, DATA_DIR: emptyDataDir });
    await expect(noDatabase).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("The server's embedded database is not running"),
    });
  });
});
