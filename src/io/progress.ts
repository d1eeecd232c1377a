/**
 * A progress bar for long runs (portfolio, import), on stderr and only for a person watching a
 * terminal: never when stderr is a pipe or a file, in CI, or with TERM=dumb, so logs and
 * captured output stay clean. It appears only once a run has lasted a moment.
 */
export interface Progress {
  update(done: number): void;
  /** Erases the bar, leaving the line as it was. */
  done(): void;
}

const SHOW_AFTER_MS = 300;
const REDRAW_MS = 80;

/** True for CI services (they all set CI; `CI=false` or `CI=0` is taken at its word). */
export function isCI(env: NodeJS.ProcessEnv): boolean {
  const v = env.CI;
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

export function wantsProgress(stream: Pick<NodeJS.WriteStream, 'isTTY'>, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !isCI(env) && env.TERM !== 'dumb';
}

export function progressBar(
  total: number,
  label: string,
  opts: {
    stream?: Pick<NodeJS.WriteStream, 'isTTY' | 'columns' | 'write'>;
    env?: NodeJS.ProcessEnv;
    now?: () => number;
    showAfterMs?: number;
    /** How done and total are shown (default `12/340`); bytes read of a mailbox: `312/1,024 MB`. */
    counts?: (done: number, total: number) => string;
  } = {},
): Progress {
  const stream = opts.stream ?? process.stderr;
  const now = opts.now ?? (() => performance.now());
  if (!wantsProgress(stream, opts.env ?? process.env) || total <= 0) return { update() {}, done() {} };
  const start = now();
  let last = -Infinity;
  let shown = false;
  const draw = (done: number) => {
    const pct = Math.floor((done / total) * 100);
    const counts = opts.counts ? opts.counts(done, total) : `${done}/${total}`;
    const room = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - counts.length - 12));
    const full = Math.round((done / total) * room);
    stream.write(`\r${label} ${'█'.repeat(full)}${'░'.repeat(room - full)} ${String(pct).padStart(3)}% ${counts}\u001b[K`);
    shown = true;
  };
  return {
    update(done) {
      const t = now();
      if (t - start < (opts.showAfterMs ?? SHOW_AFTER_MS) || t - last < REDRAW_MS) return;
      last = t;
      draw(Math.min(done, total));
    },
    done() {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}

/** `312/1,024 MB`: bytes as whole megabytes (MiB), for counts. */
export function megabytes(done: number, total: number): string {
  const mb = (n: number) => Math.round(n / 1048576).toLocaleString('en');
  return `${mb(done)}/${mb(total)} MB`;
}
