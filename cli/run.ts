// The command line: policy-linter [options] <file|dir|glob|->...
// Exit codes: 0 clean (warnings within --max-warnings), 1 error findings or too many warnings,
// 2 usage, I/O or configuration errors (the files that could be read are still linted and reported).
import { availableParallelism } from 'node:os';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RULES } from '../engine/rules/index.ts';
import { ConfigCache, type FileConfig } from '../engine/config/load.ts';
import { formatProblem, resolveConfig } from '../engine/config/resolve.ts';
import type { PolicyLinterConfig, SeveritySetting } from '../engine/types.ts';
import { describeError, expandTargets, LINTABLE_EXTENSIONS } from './files.ts';
import { lintFiles, type LintTask } from './lint-files.ts';
import { RESULT_SHAPE } from './lint-file.ts';
import { cacheFilePath, DEFAULT_CACHE_FILE, ResultCache } from './cache.ts';
import { parseShard, shardOf, type Shard } from './shard.ts';
import type { FileReport, FormatContext } from './format/report.ts';
import { formatStylish, printable } from './format/stylish.ts';
import { formatJson } from './format/json.ts';
import { formatSarif } from './format/sarif.ts';
import { formatGithub } from './format/github.ts';
import { formatJunit } from './format/junit.ts';
import { formatCoverage } from './format/coverage.ts';
import { PROFILES } from '../engine/requirements/index.ts';
import pkg from '../package.json' with { type: 'json' };

export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  readStdin(): Buffer;
}

const FORMATS = { stylish: formatStylish, json: formatJson, sarif: formatSarif, github: formatGithub, junit: formatJunit, coverage: formatCoverage } as const;
type FormatName = keyof typeof FORMATS;

const HELP = `Usage: policy-linter [options] <file|dir|glob|->...

Lints privacy-policy drafts (Markdown, plain text, HTML): missing required sections and leftover placeholders.
Directories are searched for policy documents (${LINTABLE_EXTENSIONS.join(' ')} files that look like privacy
policies); globs such as "docs/**/*.md" (quoted) match every file with those extensions; named files are always linted.

Options:
  -f, --format <name>        stylish (default), json, sarif, github (workflow annotations), junit, or coverage
                             (a Markdown report of each requirement's state and evidence, for counsel)
  -p, --profile <ids>        check these profiles, comma-separated (e.g. gdpr,ccpa), instead of the config's
  -c, --config <file>        use this config file instead of the nearest .policy-linter.json
      --no-config            ignore .policy-linter.json files
      --rule <id:severity>   set a rule's severity (error, warning, info, hint, off); repeatable
      --docs-url <url>       link findings to the rule pages at <url>/<rule-id>.md (default: the published docs)
      --max-warnings <n>     exit with 1 when there are more than n warnings
      --quiet                report errors only
      --all-files            in directories, lint every ${LINTABLE_EXTENSIONS.join(' ')} file, not only policies
      --policies-only        skip named files and glob matches that do not look like policies (for hooks)
  -j, --jobs <n>             lint on up to n threads (default: the number of cores; small runs use one)
      --cache                reuse results of files unchanged since the last --cache run
      --cache-location <p>   cache file, or folder for it (default: ./${DEFAULT_CACHE_FILE})
      --shard <i/n>          lint only the i-th of n equal parts of the files (split a run across CI machines)
      --stdin-filename <name> name for text read from stdin ("-"): chooses the format and the config
      --print-config <file>  print the configuration that applies to <file> and exit
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors, 1 errors or too many warnings, 2 usage, file or configuration problems.
Rules: ${RULES.map((r) => r.meta.id).join(', ')}.
`;

class UsageError extends Error {}

interface Options {
  format: FormatName;
  /** --profile: replaces the config's profiles. */
  profiles?: string[];
  config?: string;
  noConfig: boolean;
  rules: Record<string, string>;
  /** --docs-url: where findings link to (validated with the config). */
  docsUrl?: string;
  maxWarnings: number;
  quiet: boolean;
  allFiles: boolean;
  policiesOnly: boolean;
  jobs: number;
  cache: boolean;
  cacheLocation?: string;
  shard?: Shard;
  stdinFilename?: string;
  printConfig?: string;
  help: boolean;
  version: boolean;
  targets: string[];
}

function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        profile: { type: 'string', short: 'p', multiple: true },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        'docs-url': { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        'all-files': { type: 'boolean' },
        'policies-only': { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        shard: { type: 'string' },
        'stdin-filename': { type: 'string' },
        'print-config': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    const message = String((err as Error).message);
    // "--max-warnings -1": node's parser takes "-1" for an option and explains over three lines.
    const dashed = /^Option '(--?[\w-]+)(?: <value>)?' argument is ambiguous/.exec(message);
    if (dashed) throw new UsageError(`${dashed[1]} needs a value, and a value starting with "-" must be written ${dashed[1]}=<value>`);
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, '').split('\n')[0]);
  }
  const v = parsed.values;
  const format = (v.format ?? 'stylish') as FormatName;
  if (!Object.hasOwn(FORMATS, format)) throw new UsageError(`unknown format "${v.format}" (use ${Object.keys(FORMATS).join(', ')})`);
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings'])) throw new UsageError(`--max-warnings expects a whole number, not "${v['max-warnings']}"`);
    maxWarnings = Number(v['max-warnings']);
  }
  let jobs = availableParallelism();
  if (v.jobs !== undefined) {
    if (!/^[1-9]\d*$/.test(v.jobs)) throw new UsageError(`--jobs expects a whole number of at least 1, not "${v.jobs}"`);
    jobs = Number(v.jobs);
  }
  let shard: Shard | undefined;
  if (v.shard !== undefined) {
    const parsed = parseShard(v.shard);
    if (typeof parsed === 'string') throw new UsageError(parsed);
    shard = parsed;
  }
  let profiles: string[] | undefined;
  if (v.profile !== undefined) {
    profiles = [...new Set(v.profile.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))];
    const known = PROFILES.map((p) => p.id);
    const unknown = profiles.filter((p) => !known.includes(p));
    if (unknown.length) throw new UsageError(`unknown profile${unknown.length > 1 ? 's' : ''} ${unknown.map((p) => `"${p}"`).join(', ')} (use ${known.join(', ')})`);
    if (!profiles.length) throw new UsageError(`--profile needs at least one profile (use ${known.join(', ')})`);
  }
  if (v.config !== undefined && v['no-config']) throw new UsageError('--config and --no-config cannot be used together');
  const rules: Record<string, string> = Object.create(null); // "__proto__" is a rule id like any other (unknown)
  for (const spec of (v.rule ?? []).flatMap((s) => s.split(','))) {
    const m = /^\s*([^:\s]+)\s*:\s*(\S+)\s*$/.exec(spec);
    if (!m) throw new UsageError(`--rule expects id:severity, e.g. --rule placeholder:off (got "${spec}")`);
    rules[m[1]] = m[2];
  }
  const targets = parsed.positionals;
  // An empty argument (an unset shell variable) would otherwise resolve to the current directory.
  if (targets.some((t) => t.trim() === '')) throw new UsageError('an empty file name was given');
  if (targets.includes('-') && targets.length > 1) throw new UsageError('"-" (read stdin) cannot be combined with other files');
  if (v['stdin-filename'] !== undefined && !targets.includes('-')) throw new UsageError('--stdin-filename needs "-" among the files');
  if (shard && targets.includes('-')) throw new UsageError('--shard splits files; it cannot be used with "-" (stdin)');
  return {
    format,
    profiles,
    config: v.config,
    noConfig: v['no-config'] ?? false,
    rules,
    docsUrl: v['docs-url'],
    maxWarnings,
    quiet: v.quiet ?? false,
    allFiles: v['all-files'] ?? false,
    policiesOnly: v['policies-only'] ?? false,
    jobs,
    cache: v.cache ?? false,
    cacheLocation: v['cache-location'],
    shard,
    stdinFilename: v['stdin-filename'],
    printConfig: v['print-config'],
    help: v.help ?? false,
    version: v.version ?? false,
    targets,
  };
}

/** Whether to colour stylish output: FORCE_COLOR wins, then NO_COLOR, then whether stdout is a terminal. */
export function useColor(env: Record<string, string | undefined>, isTTY: boolean | undefined): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR) return false;
  return Boolean(isTTY) && env.TERM !== 'dumb';
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const err = (line: string) => io.stderr.write(`policy-linter: ${printable(line)}\n`);
  let opts: Options;
  try {
    opts = parseOptions(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(e.message);
    io.stderr.write('Run "policy-linter --help" for usage.\n');
    return 2;
  }
  if (opts.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`${pkg.version}\n`);
    return 0;
  }

  let failed = false;
  const reported = new Set<string>();
  const reportProblems = (problems: FileConfig['problems']) => {
    for (const p of problems) {
      const line = formatProblem(p);
      failed = true;
      if (!reported.has(line)) {
        reported.add(line);
        err(line);
      }
    }
  };

  const overrides: PolicyLinterConfig | undefined =
    Object.keys(opts.rules).length || opts.profiles || opts.docsUrl !== undefined
      ? {
          ...(Object.keys(opts.rules).length ? { rules: opts.rules as Record<string, SeveritySetting> } : {}),
          ...(opts.profiles ? { profiles: opts.profiles } : {}),
          ...(opts.docsUrl !== undefined ? { docsUrl: opts.docsUrl } : {}),
        }
      : undefined;
  if (overrides?.rules || overrides?.docsUrl !== undefined) {
    // Check the --rule and --docs-url values on their own so their problems name the option, then apply only the valid ones.
    for (const p of resolveConfig(overrides, 'options').problems) {
      if (p.key === 'docsUrl') {
        reportProblems([{ ...p, source: '--docs-url', key: '' }]);
        delete overrides.docsUrl;
      } else {
        reportProblems([{ ...p, source: '--rule', key: p.key.replace(/^rules\./, '') }]);
        delete overrides.rules![p.key.replace(/^rules\./, '')];
      }
    }
  }
  const display = (abs: string) => {
    const rel = relative(io.cwd, abs);
    return rel && !isAbsolute(rel) ? rel : abs;
  };
  const configs = new ConfigCache({ display, overrides });
  const configFor = (file: string): FileConfig => (opts.noConfig ? configs.withoutFile() : opts.config ? configs.load(resolve(io.cwd, opts.config)) : configs.forFile(file));

  if (opts.printConfig !== undefined) {
    const fc = configFor(resolve(io.cwd, opts.printConfig));
    reportProblems(fc.problems);
    const effective = Object.fromEntries(RULES.map((r) => [r.meta.id, fc.resolved.severities.get(r.meta.id) ?? r.meta.defaultSeverity]));
    io.stdout.write(JSON.stringify({ configFile: fc.path ? display(fc.path) : null, config: fc.config ?? {}, severities: effective }, null, 2) + '\n');
    return failed ? 2 : 0;
  }
  if (!opts.targets.length) {
    err('no files given');
    io.stderr.write('Run "policy-linter --help" for usage.\n');
    return 2;
  }

  const tasks: LintTask[] = [];
  if (opts.targets[0] === '-') {
    const name = opts.stdinFilename;
    let bytes: Buffer;
    try {
      bytes = io.readStdin();
    } catch (e) {
      err(`cannot read stdin: ${describeError(e)}`);
      return 2;
    }
    const abs = name ? resolve(io.cwd, name) : '';
    tasks.push({ path: name ?? '<stdin>', abs, bytes, config: configFor(abs || resolve(io.cwd, 'stdin')) });
  } else {
    const { files, errors } = expandTargets(opts.targets, { cwd: io.cwd, allFiles: opts.allFiles, policiesOnly: opts.policiesOnly });
    for (const e of errors) err(e);
    if (errors.length) failed = true;
    for (const target of opts.shard ? shardOf(files, opts.shard) : files) tasks.push({ ...target, config: configFor(target.abs) });
  }

  const cache = opts.cache && tasks.some((t) => t.abs && !t.bytes) ? new ResultCache(cacheFilePath(io.cwd, opts.cacheLocation), `policy-linter@${pkg.version} results/${RESULT_SHAPE}`) : undefined;
  const outcomes = await lintFiles(tasks, { jobs: opts.jobs, cache });
  const reports: FileReport[] = [];
  for (const [i, outcome] of outcomes.entries()) {
    const { path, abs, config } = tasks[i];
    if ('failure' in outcome) {
      failed = true;
      err(outcome.failure);
      continue;
    }
    if (outcome.invalid) err(`${path}: ${outcome.invalid} byte sequence(s) are not valid UTF-8 (read as U+FFFD)`);
    if (outcome.plainText) err(`${path}: ${outcome.plainText}`);
    reportProblems(config.problems);
    reportProblems(outcome.problems);
    reports.push({ path, abs, findings: outcome.findings, coverage: outcome.coverage });
  }
  if (cache) {
    try {
      cache.save();
    } catch (e) {
      // The results are right; only the next run will be slower.
      err(`cannot write the cache ${display(cache.path)}: ${describeError(e)}`);
    }
  }

  let errors = 0;
  let warnings = 0;
  for (const r of reports) {
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
  }
  const shown = opts.quiet ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : reports;
  const ctx: FormatContext = { cwd: io.cwd, color: useColor(io.env, io.stdout.isTTY), version: pkg.version, ...(overrides?.docsUrl ? { docsUrl: overrides.docsUrl } : {}) };
  io.stdout.write(FORMATS[opts.format](shown, ctx));
  const tooManyWarnings = opts.maxWarnings >= 0 && warnings > opts.maxWarnings;
  if (tooManyWarnings) err(`too many warnings (${warnings}; the maximum is ${opts.maxWarnings})`);
  return failed ? 2 : errors > 0 || tooManyWarnings ? 1 : 0;
}
