import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** One server node as production runs it: its own process (`src/index.ts`), killable with SIGKILL. */
export interface NodeProcess {
  url: string;
  /** Starts the process; resolves once `/readyz` answers 200, with the moment it did (performance.now()). */
  start(): Promise<number>;
  /** SIGKILL, as a crash or an OOM kill would: no drain, no goodbye to its sockets. */
  kill(): Promise<void>;
}

export function nodeProcess(port: number, env: Record<string, string>): NodeProcess {
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  return {
    url,
    async start() {
      child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
        cwd: serverDir,
        env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const started = child;
      // However the benchmark ends, it leaves no server behind on the port.
      process.once('exit', () => started.kill('SIGKILL'));
      for (;;) {
        if (started.exitCode !== null) throw new Error(`node on port ${port} exited with ${started.exitCode}`);
        const ready = await fetch(`${url}/readyz`).then(
          (res) => res.status === 200,
          () => false,
        );
        if (ready) return performance.now();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async kill() {
      if (!child || child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}
