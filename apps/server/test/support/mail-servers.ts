import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { onTestFinished } from 'vitest';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface ImapServer {
  host: string;
  port: number;
  /** Delivers a raw RFC 5322 mail into the user's INBOX, by IMAP APPEND, as a mail server would. */
  deliver(user: string, raw: string): Promise<void>;
}

/**
 * A real Dovecot IMAP server on a free port of 127.0.0.1, with the given users, in a throwaway directory;
 * stopped after the test. Plain-text login without TLS: only ever on loopback.
 */
export async function startImapServer(dovecot: string, users: Record<string, string>): Promise<ImapServer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pst-dovecot-'));
  // Dovecot's auth process (its own user) must reach the password file; mail is stored as `nobody`.
  await chmod(dir, 0o755);
  await mkdir(path.join(dir, 'mail'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await chown(path.join(dir, 'mail'), 65534, 65534);
  const port = await freePort();
  await writeFile(
    path.join(dir, 'passwd'),
    Object.entries(users)
      .map(([user, password]) => `${user}:{PLAIN}${password}`)
      .join('\n'),
  );
  const self = asRoot ? 'nobody' : String(process.env.USER);
  await writeFile(
    path.join(dir, 'dovecot.conf'),
    `protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${dir}/mail/%u
first_valid_uid = 1
${asRoot ? '' : `default_internal_user = ${self}\ndefault_login_user = ${self}\n`}passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${asRoot ? 'nobody' : self} gid=${asRoot ? 'nogroup' : self} home=${dir}/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`,
  );
  const child: ChildProcess = spawn(dovecot, ['-F', '-c', path.join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  onTestFinished(async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await rm(dir, { recursive: true, force: true });
  });
  const server: ImapServer = {
    host: '127.0.0.1',
    port,
    async deliver(user, raw) {
      const client = new ImapFlow({
        host: '127.0.0.1',
        port,
        secure: false,
        auth: { user, pass: users[user] ?? '' },
        logger: false,
      });
      await client.connect();
      try {
        await client.append('INBOX', raw);
      } finally {
        await client.logout();
      }
    },
  };
  await waitForLogin(server, users, dir);
  return server;
}

/** Waits until Dovecot accepts a login: it forks its services after binding the port. */
async function waitForLogin(server: ImapServer, users: Record<string, string>, dir: string): Promise<void> {
  const [user, pass] = Object.entries(users)[0] ?? [];
  for (let attempt = 0; attempt < 50; attempt++) {
    const client = new ImapFlow({
      host: server.host,
      port: server.port,
      secure: false,
      auth: { user: user ?? '', pass: pass ?? '' },
      logger: false,
    });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.logout();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const log = await readFile(path.join(dir, 'dovecot.log'), 'utf8').catch(() => '(no log)');
  throw new Error(`Dovecot did not accept a login within 5 s:\n${log}`);
}

export interface SmtpCatcher {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** Every mail accepted so far, parsed, with the envelope's recipients. */
  received: (ParsedMail & { envelopeTo: string[] })[];
  /** Resolves when `count` mails have been accepted. */
  waitFor(count: number): Promise<void>;
  /** The next `times` transactions are refused with this SMTP reply code (e.g. 451 or 550). */
  refuse(code: number, times: number): void;
}

/** A real SMTP server (nodemailer's smtp-server) on a free port of 127.0.0.1 that keeps what it accepts. */
export async function startSmtpCatcher(): Promise<SmtpCatcher> {
  const received: SmtpCatcher['received'] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let refusal: { code: number; times: number } | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          if (refusal && refusal.times > 0) {
            refusal.times--;
            const error = Object.assign(new Error('refused by the test'), { responseCode: refusal.code });
            callback(error);
            return;
          }
          received.push(Object.assign(parsed, { envelopeTo: session.envelope.rcptTo.map((to) => to.address) }));
          for (const waiter of waiters.filter((w) => received.length >= w.count)) waiter.resolve();
          callback();
        })
        .catch(callback);
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor: (count) =>
      new Promise<void>((resolve, reject) => {
        if (received.length >= count) return resolve();
        const timer = setTimeout(
          () => reject(new Error(`only ${received.length} of ${count} mails within 10 s`)),
          10_000,
        );
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      }),
    refuse(code, times) {
      refusal = { code, times };
    },
  };
}
