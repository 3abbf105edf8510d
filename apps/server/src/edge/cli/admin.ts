// The admin CLI: `pnpm --filter @pst/server admin <command> [--flags]`. Works on MONGODB_URI (and MONGODB_DB), or,
// without it, on the embedded database of the `pnpm start` that is running.

import { parseArgs } from 'node:util';
import {
  createOfficerSchema,
  createOfficeSchema,
  type OfficeAdmin,
  officeCodeSchema,
  updateOfficerSchema,
  updateOfficeSchema,
} from '@pst/protocol';
import { ConfigError, loadConfig } from '../../config/config.ts';
import { createLogger } from '../../config/logger.ts';
import { runningEmbeddedUri } from '../../db/embedded.ts';
import { defaultSettings } from '../../domain/context.ts';
import { createDomainEvents } from '../../domain/events.ts';
import {
  createOfficer,
  getOfficerByEmail,
  listOfficers,
  type OfficerAdminView,
  type OfficerServiceContext,
  updateOfficer,
} from '../../domain/officers/officer.service.ts';
import { createOffice, getOffice, listOffices, updateOffice } from '../../domain/offices/office.service.ts';
import { AppError } from '../../errors.ts';
import { connectMongo } from '../../store/connect.ts';
import { openStore } from '../../store/store.ts';
import { systemClock } from '../../time/clock.ts';
import { parseInput } from '../http/errors.ts';

const USAGE = `Usage: pnpm --filter @pst/server admin <command> [--flags]

  office:list
  office:create  --code 5102 --name "BPS Kabupaten Tabanan" --tz Asia/Makassar
  office:update  --code 5102 [--name ..] [--tz ..] [--routing auto|manual] [--origin https://a --origin https://b]
  office:origin:list    --code 5102
  office:origin:add     --code 5102 --origin https://tabanankab.bps.go.id [--origin ..]
  office:origin:remove  --code 5102 --origin https://old.example [--origin ..]
  officer:list   [--office 5102]
  officer:create --name .. --email .. --password .. [--role officer|supervisor|admin] --office 5102 [--office ..]
  officer:update --email .. [--name ..] [--password ..] [--role ..] [--office ..] [--disable | --enable]

--origin and --office may repeat. In office:update and officer:update they replace the whole list
(office:update says which origins it removed); office:origin:add and :remove change only those named.
Works on MONGODB_URI (and MONGODB_DB when the database is not pst_livechat); without MONGODB_URI, on the
embedded database of the running \`pnpm start\`.`;

const options = {
  code: { type: 'string' },
  name: { type: 'string' },
  tz: { type: 'string' },
  routing: { type: 'string' },
  origin: { type: 'string', multiple: true },
  office: { type: 'string', multiple: true },
  email: { type: 'string' },
  password: { type: 'string' },
  role: { type: 'string' },
  disable: { type: 'boolean' },
  enable: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Flags = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];
type Flag = keyof typeof options;

/** The audit's author of every office change made here. */
const CLI = { kind: 'cli' } as const;

/** Bad command-line input: printed with the usage, exit code 2. */
class UsageError extends Error {}

interface Command {
  flags: Flag[];
  run(ctx: OfficerServiceContext, flags: Flags): Promise<string[]>;
}

/** The flags that were given, without the undefined ones, so zod sees only what the operator typed. */
function given<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function single(list: string[] | undefined): string | undefined {
  if (list && list.length > 1) throw new UsageError('--office may be given once here.');
  return list?.[0];
}

function officeLine(office: OfficeAdmin): string {
  const origins = office.allowedOrigins.length > 0 ? office.allowedOrigins.join(' ') : '-';
  return `${office.code}  ${office.timeZone}  ${office.routingMode}  ${office.name}  origins: ${origins}`;
}

/** The origins given with --origin, normalised and checked as the REST API checks them. */
function originsOf(flags: Flags): string[] {
  if (!flags.origin || flags.origin.length === 0) throw new UsageError('Name at least one --origin.');
  return parseInput(updateOfficeSchema, { allowedOrigins: flags.origin }).allowedOrigins ?? [];
}

/** Sets the office's origins and reports the change as added and removed, so nothing changes unseen. */
async function setOrigins(ctx: OfficerServiceContext, code: string, before: string[], after: string[]) {
  const office = await updateOffice(ctx, code, { allowedOrigins: after }, CLI);
  const added = after.filter((origin) => !before.includes(origin));
  const removed = before.filter((origin) => !after.includes(origin));
  return [
    ...(added.length > 0 ? [`Added: ${added.join(' ')}`] : []),
    ...(removed.length > 0 ? [`Removed: ${removed.join(' ')}`] : []),
    ...(added.length + removed.length === 0 ? ['No change.'] : []),
    `Allowed origins of ${office.code}: ${office.allowedOrigins.join(' ') || '-'}`,
  ];
}

function officerLine(officer: OfficerAdminView): string {
  const state = officer.disabled ? 'disabled' : 'active';
  return `${officer.id}  ${officer.email}  ${officer.role}  ${officer.offices.join(',')}  ${state}  ${officer.name}`;
}

const commands: Record<string, Command> = {
  'office:list': {
    flags: [],
    async run(ctx) {
      const offices = await listOffices(ctx);
      return offices.length > 0 ? offices.map(officeLine) : ['No offices.'];
    },
  },
  'office:create': {
    flags: ['code', 'name', 'tz'],
    async run(ctx, flags) {
      const input = parseInput(createOfficeSchema, given({ code: flags.code, name: flags.name, timeZone: flags.tz }));
      return [`Created office: ${officeLine(await createOffice(ctx, input))}`];
    },
  },
  'office:update': {
    flags: ['code', 'name', 'tz', 'routing', 'origin'],
    async run(ctx, flags) {
      const code = parseInput(officeCodeSchema, flags.code);
      const input = parseInput(
        updateOfficeSchema,
        given({ name: flags.name, timeZone: flags.tz, routingMode: flags.routing, allowedOrigins: flags.origin }),
      );
      if (Object.keys(input).length === 0)
        throw new UsageError('Nothing to change: give --name, --tz, --routing or --origin.');
      const before = (await getOffice(ctx, code)).allowedOrigins;
      const office = await updateOffice(ctx, code, input, CLI);
      const removed = before.filter((origin) => !office.allowedOrigins.includes(origin));
      return [
        `Updated office: ${officeLine(office)}`,
        ...(removed.length > 0 ? [`--origin replaced the list; removed: ${removed.join(' ')}`] : []),
      ];
    },
  },
  'office:origin:list': {
    flags: ['code'],
    async run(ctx, flags) {
      const office = await getOffice(ctx, parseInput(officeCodeSchema, flags.code));
      return office.allowedOrigins.length > 0 ? office.allowedOrigins : ['No allowed origins.'];
    },
  },
  'office:origin:add': {
    flags: ['code', 'origin'],
    async run(ctx, flags) {
      const code = parseInput(officeCodeSchema, flags.code);
      const before = (await getOffice(ctx, code)).allowedOrigins;
      return setOrigins(ctx, code, before, [...new Set([...before, ...originsOf(flags)])]);
    },
  },
  'office:origin:remove': {
    flags: ['code', 'origin'],
    async run(ctx, flags) {
      const code = parseInput(officeCodeSchema, flags.code);
      const before = (await getOffice(ctx, code)).allowedOrigins;
      const gone = originsOf(flags);
      const unknown = gone.filter((origin) => !before.includes(origin));
      if (unknown.length > 0) throw new UsageError(`Not an allowed origin of ${code}: ${unknown.join(' ')}`);
      return setOrigins(
        ctx,
        code,
        before,
        before.filter((origin) => !gone.includes(origin)),
      );
    },
  },
  'officer:list': {
    flags: ['office'],
    async run(ctx, flags) {
      const office = single(flags.office);
      const officers = await listOfficers(ctx, office === undefined ? undefined : parseInput(officeCodeSchema, office));
      return officers.length > 0 ? officers.map(officerLine) : ['No officers.'];
    },
  },
  'officer:create': {
    flags: ['name', 'email', 'password', 'role', 'office'],
    async run(ctx, flags) {
      const input = parseInput(
        createOfficerSchema,
        given({
          name: flags.name,
          email: flags.email,
          password: flags.password,
          role: flags.role,
          offices: flags.office,
        }),
      );
      return [`Created officer: ${officerLine(await createOfficer(ctx, input))}`];
    },
  },
  'officer:update': {
    flags: ['email', 'name', 'password', 'role', 'office', 'disable', 'enable'],
    async run(ctx, flags) {
      if (!flags.email) throw new UsageError('Name the officer: --email.');
      if (flags.disable && flags.enable) throw new UsageError('Give --disable or --enable, not both.');
      const disabled = flags.disable ? true : flags.enable ? false : undefined;
      const input = parseInput(
        updateOfficerSchema,
        given({ name: flags.name, password: flags.password, role: flags.role, offices: flags.office, disabled }),
      );
      if (Object.keys(input).length === 0) throw new UsageError('Nothing to change.');
      const officer = await getOfficerByEmail(ctx, flags.email);
      const lines = [`Updated officer: ${officerLine(await updateOfficer(ctx, officer.id, input))}`];
      if (input.password !== undefined || input.disabled === true) {
        lines.push('Their sessions have ended; agent tabs still open leave when they next reconnect.');
      }
      return lines;
    },
  },
};

function parseCommandLine(argv: string[]): { command?: Command; flags: Flags; help: boolean } {
  let parsed: { values: Flags; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [name, ...extra] = parsed.positionals;
  if (parsed.values.help || name === undefined) return { flags: parsed.values, help: true };
  const command = commands[name];
  if (!command) throw new UsageError(`Unknown command "${name}".`);
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}" (flags start with --).`);
  const stray = Object.keys(parsed.values).filter((flag) => !command.flags.includes(flag as Flag));
  if (stray.length > 0) throw new UsageError(`${name} does not take --${stray.join(', --')}.`);
  return { command, flags: parsed.values, help: false };
}

async function main(argv: string[]): Promise<number> {
  const { command, flags, help } = parseCommandLine(argv);
  if (help || !command) {
    // Asked for: on stdout, success. No command at all: a mistake.
    if (argv.length === 0) {
      console.error(USAGE);
      return 2;
    }
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig();
  const uri = config.MONGODB_URI ?? (await runningEmbeddedUri(config.DATA_DIR));
  const mongo = await connectMongo(uri, config.MONGODB_DB);
  try {
    const { store } = await openStore(mongo, systemClock);
    // No sockets here: nothing listens to the events (an officer's open tabs leave when they next reconnect).
    const events = createDomainEvents(createLogger('silent'));
    const lines = await command.run({ store, clock: systemClock, settings: defaultSettings, events }, flags);
    for (const line of lines) console.log(line);
    return 0;
  } finally {
    await mongo.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Operator mistakes get one clear message, not a stack trace.
    if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
    else if (error instanceof AppError) console.error(`Error (${error.code}): ${error.message}`);
    else if (error instanceof ConfigError) console.error(error.message);
    else if (error instanceof Error && error.name === 'MongooseServerSelectionError')
      console.error(`Cannot reach MongoDB: ${error.message}\nCheck MONGODB_URI.`);
    else console.error(error);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
