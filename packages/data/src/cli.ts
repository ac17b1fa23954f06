import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toCsv } from './csv.js';
import { dataset as builtin } from './generated/dataset.js';
import { datasetJsonSchema } from './jsonSchema.js';
import { loadDatasetDir } from './node/loadDatasetDir.js';
import type { Dataset } from './schema/dataset.js';
import { formatIssue, type ValidationIssue } from './validate/types.js';

const usage = `Usage:
  parklinks-data validate [dir] [--allow-warnings]
      Check organizations.yaml, partnerships.yaml and sources.yaml in dir (default: ./data).
      Exit 1 and list every problem (file:line id › field: message) if any.
  parklinks-data export --format json|csv|schema [--table partnerships|organizations|sources] [--dir dir] [--out file]
      Write the built-in data set (or the one in --dir) as JSON, CSV or its JSON Schema.
`;

/** Runs the CLI; returns the exit code. Exported so tests can call it without a subprocess. */
export function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    err(`parklinks-data: ${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, dirArg] = positionals;
  if (values.help || !command) {
    (command ? out : err)(usage);
    return values.help ? 0 : 2;
  }
  const load = (dir: string): Dataset | undefined => {
    const { data, issues } = loadDatasetDir(dir);
    const failing = issues.filter((i) => i.severity === 'error' || !values['allow-warnings']);
    printIssues(issues, err);
    if (failing.length > 0) {
      err(`\n${failing.length} problem${failing.length === 1 ? '' : 's'} in ${dir}\n`);
      return undefined;
    }
    return data;
  };
  if (command === 'validate') {
    const dir = dirArg ?? 'data';
    const data = load(dir);
    if (!data) return 1;
    out(
      `${dir}: ${data.organizations.length} organizations, ${data.partnerships.length} partnerships, ${data.sources.length} sources — valid\n`,
    );
    return 0;
  }
  if (command === 'export') {
    const data = values.dir ? load(values.dir) : builtin;
    if (!data) return 1;
    const table = values.table ?? 'partnerships';
    if (!['partnerships', 'organizations', 'sources'].includes(table)) {
      err(`parklinks-data: --table must be partnerships, organizations or sources, not "${table}"\n`);
      return 2;
    }
    let text: string;
    if (values.format === 'json') text = `${JSON.stringify(data, null, 2)}\n`;
    else if (values.format === 'csv') text = toCsv(data)[table as keyof ReturnType<typeof toCsv>];
    else if (values.format === 'schema') text = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
    else {
      err(`parklinks-data: --format must be json, csv or schema${values.format ? `, not "${values.format}"` : ''}\n`);
      return 2;
    }
    if (values.out) writeFileSync(values.out, text);
    else out(text);
    return 0;
  }
  err(`parklinks-data: unknown command "${command}"\n\n${usage}`);
  return 2;
}

/** At most this many problems are printed, and at most `MAX_SAME` with the same field and message. */
const MAX_SHOWN = 50;
const MAX_SAME = 5;

/** Prints `issues`, one a line, capped so that one slip (a tab, a renamed source) stays readable. */
function printIssues(issues: ValidationIssue[], err: (s: string) => void) {
  const same = new Map<string, number>();
  let shown = 0;
  let hidden = 0;
  for (const i of issues) {
    const key = `${i.severity}|${i.file ?? i.collection}|${i.field}|${i.message}`;
    const n = (same.get(key) ?? 0) + 1;
    same.set(key, n);
    if (shown >= MAX_SHOWN || n > MAX_SAME) {
      hidden++;
      continue;
    }
    shown++;
    err(`${i.severity === 'error' ? 'error' : 'warning'}: ${formatIssue(i)}\n`);
  }
  if (hidden > 0)
    err(
      `… and ${hidden} more (repeats of the messages above, or past the first ${MAX_SHOWN}); fix these and run again\n`,
    );
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      table: { type: 'string' },
      dir: { type: 'string' },
      out: { type: 'string' },
      'allow-warnings': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
