import { cpus, loadavg, totalmem } from 'node:os';

/** One line naming what the numbers were measured on; timings only compare within one machine and run. */
export function describeMachine(chromiumVersion: string): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? 'unknown CPU';
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  const load = loadavg().map((n) => n.toFixed(2)).join(' ');
  return `${model}, ${cores.length} cores, ${memory} RAM, load ${load}; Node ${process.version}; Chromium ${chromiumVersion}; ${process.platform}`;
}
