import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export interface Preview {
  url: string;
  close: () => Promise<void>;
}

const projectDir = resolve(import.meta.dirname, '../..');
/**
 * Above the e2e suite's 4173, so a benchmark never collides with a test run on the same machine; not 4190,
 * which browsers (and Node's fetch) refuse as a "bad port" (ManageSieve).
 */
const FIRST_PORT = 4191;

/**
 * Serves a built folder with `vite preview` (the CSP headers and all) on the first free port from 4191,
 * once `probe` (a page of it) answers.
 */
export async function servePreview(outDir: string, probe = ''): Promise<Preview> {
  const port = await freePort(FIRST_PORT);
  const vite = resolve(projectDir, 'node_modules/vite/bin/vite.js');
  const args = [vite, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'];
  const child = spawn(process.execPath, args, { cwd: projectDir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}/`;
  const close = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}): ${stderr}`);
    if (await answers(url + probe)) return { url, close };
    if (waited > 30_000) {
      await close();
      throw new Error(`vite preview did not answer on ${url} within 30 s: ${stderr}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise<boolean>((done) => {
      const server = createServer();
      server.once('error', () => done(false));
      server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${from + 99}`);
}
