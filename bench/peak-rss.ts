/**
 * Peak resident set size of a benchmark process, measured with GNU time (`/usr/bin/time`, Debian
 * package `time`): the command runs as `/usr/bin/time -f '<marker>%M' file args...`, and GNU time
 * appends the child's maximum RSS in KiB (`%M`, from wait4's ru_maxrss) to the child's stderr.
 */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';

/** Where GNU time is expected. */
export const GNU_TIME = '/usr/bin/time';

/** Text GNU time prints right before the peak RSS, chosen so it cannot be mistaken for program output. */
export const PEAK_RSS_MARKER = 'tsn-bench peak-rss-kib=';

/** True when GNU time exists and is executable. */
export async function gnuTimeAvailable(timePath: string = GNU_TIME): Promise<boolean> {
  try {
    await access(timePath, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The command line that runs `file args...` under GNU time with the peak-RSS format. */
export function withPeakRss(command: { file: string; args: readonly string[] }, timePath: string = GNU_TIME): { file: string; args: string[] } {
  return { file: timePath, args: ['-f', `${PEAK_RSS_MARKER}%M`, command.file, ...command.args] };
}

/**
 * The trailer GNU time writes at the end of stderr: an optional status line (`Command exited with
 * non-zero status N` or `Command terminated by signal N`, printed when the child did not exit 0),
 * then the marker and the KiB count. Not anchored at a line start: when the program's own stderr
 * does not end in a newline, GNU time's text continues its last line.
 */
const TRAILER = new RegExp(`(?:Command (?:exited with non-zero status|terminated by signal) \\d+\\n)?${PEAK_RSS_MARKER}(\\d+)\\n?$`);

/**
 * Splits the stderr text of a `withPeakRss` run into the program's own stderr and the peak RSS in
 * KiB. Returns undefined when the trailer is missing (GNU time did not finish, e.g. it was killed).
 */
export function parsePeakRss(stderr: string): { peakRssKiB: number; programStderr: string } | undefined {
  const match = TRAILER.exec(stderr);
  if (match === null) return undefined;
  return { peakRssKiB: Number(match[1]), programStderr: stderr.slice(0, match.index) };
}
