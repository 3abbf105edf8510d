import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { createModels } from '../src/db/models.ts';
import { connectTestDatabase } from './support/mongo.ts';

const run = promisify(execFile);
const serverDir = fileURLToPath(new URL('..', import.meta.url));

/** Runs `pnpm --filter @pst/server admin ...` the way its script does, against the given database. */
function admin(args: string[], env: Record<string, string | undefined>) {
  return run(process.execPath, ['--import', 'tsx', 'src/admin/cli.ts', ...args], {
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

  it('exits non-zero with one clear message on bad input or without MONGODB_URI', { timeout: 60_000 }, async () => {
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

    const noDatabase = admin(['office:list'], { MONGODB_URI: undefined });
    await expect(noDatabase).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('MONGODB_URI is not set'),
    });
  });
});
