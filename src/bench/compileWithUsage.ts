/**
 * `npm run geo` with its peak memory: runs the compile CLI in this process and, as the process exits, prints
 * the peak resident set size on stderr for measureCompile to read. A wrapper rather than /usr/bin/time, so
 * the figure is the same on machines without GNU time and excludes the npm and tsx launcher processes.
 */
import { PEAK_RSS_MARK } from './measureCompile';

process.on('exit', () => {
  // maxRSS is in kilobytes (getrusage's ru_maxrss on Linux).
  process.stderr.write(`\n${PEAK_RSS_MARK} ${process.resourceUsage().maxRSS}\n`);
});
await import('../compile/cli');
