import { parseCommand, parseInteger, required } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { UsageError } from '../errors';
import { readJsonObject, readText } from '../files';
import { kindHelp } from '../kind-help';
import { formatCents, parseCents } from '../money';

const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id name kind rewardCents overlap currency } }`;

export const TASK_KINDS = ['CLASSIFICATION', 'MULTI_LABEL', 'CATEGORIZATION', 'AUDIO', 'UI_FEEDBACK'] as const;

export const createProject: Command = {
  name: 'create-project',
  summary: 'create a project',
  help: `usage: fourmi create-project --name NAME --kind KIND --reward AMOUNT --overlap N
                             (--labels LABELS | --config-file FILE) [--instructions-file FILE]
       fourmi create-project --project-file FILE [any option above, to override the file]

Creates a project and prints its id (on standard output, for scripts; the rest goes to stderr).

  --name NAME                 shown to workers
  --kind KIND                 ${TASK_KINDS.join(', ')}
  --labels LABELS             the labels, comma-separated: "positive,neutral,negative"; a label may be
                              value=Text to show workers another text: "pos=Positive,neg=Negative"
  --config-file FILE          the task kind's config as JSON (for kinds without labels; --labels adds to it)
  --reward AMOUNT             paid per answer, in currency units: 0.05 is 5 cents (at most 2 decimals)
  --overlap N                 answers wanted per item (1 to 20)
  --instructions-file FILE    Markdown instructions shown to workers
  --project-file FILE         the whole project as JSON, with the API's createProject fields: name,
                              kind, config, rewardCents, overlap, instructions, and also what has no
                              option here: qualityRules (bans, flags, caps, dynamic overlap, training,
                              exams, a minimum worker level: "minLevel": 2 to 4), goldRatio, languages,
                              leaseSeconds, autoAcceptHours,
                              estimatedSecondsPerTask…
${apiHelp(30)}

Each task kind with an item (a line of an upload), its answer (as a gold file gives it) and its
config (JSON in --config-file, or "config" in --project-file):
${kindHelp()}`,
  async run(args, ctx) {
    const { values } = parseCommand(args, {
      ...API_OPTION,
      name: { type: 'string' },
      kind: { type: 'string' },
      labels: { type: 'string' },
      'config-file': { type: 'string' },
      reward: { type: 'string' },
      overlap: { type: 'string' },
      'instructions-file': { type: 'string' },
      'project-file': { type: 'string' },
    });
    // The file gives every field; the options, where given, override it.
    const file = values['project-file'] ? await readJsonObject(values['project-file'], 'project-file') : {};
    const hint = (field: string, otherwise: string) => (values['project-file'] ? `or "${field}" in --project-file` : otherwise);
    const name = optionOrFile(values.name, file['name'], (text) => text, 'name', hint('name', ''));
    const kind = optionOrFile(values.kind, file['kind'], parseKind, 'kind', hint('kind', TASK_KINDS.join(', ')));
    const rewardCents = optionOrFile(values.reward, file['rewardCents'], parseCents, 'reward', hint('rewardCents', 'e.g. 0.05'));
    const overlap = optionOrFile(values.overlap, file['overlap'], (text) => parseInteger(text, 'overlap', { min: 1, max: 20 }), 'overlap', hint('overlap', 'answers per item'));
    const config: Record<string, unknown> = values['config-file'] ? await readJsonObject(values['config-file'], 'config-file') : { ...objectIn(file, 'config') };
    if (values.labels !== undefined) config['labels'] = parseLabels(values.labels);
    else if (!values['config-file'] && file['config'] === undefined) throw new UsageError('missing --labels (or --config-file with the task kind’s config, or "config" in --project-file)');
    const instructions = values['instructions-file'] ? await readText(values['instructions-file'], 'instructions-file') : (file['instructions'] ?? '');
    const api = await signedInApi(ctx, values.api);
    const { createProject: project } = await api.gql<{ createProject: { id: string; name: string; kind: string; rewardCents: number; overlap: number; currency: string } }>(
      CREATE_PROJECT,
      { input: { ...file, name, kind, config, rewardCents, overlap, instructions } },
    );
    ctx.stdout.write(`${project.id}\n`);
    ctx.stderr.write(`Created project "${project.name}" (${project.kind}, ${formatCents(project.rewardCents)} ${project.currency} × ${project.overlap} ${project.overlap === 1 ? 'answer' : 'answers'} per item)\n`);
  },
};

export function parseKind(text: string): (typeof TASK_KINDS)[number] {
  const kind = text.trim().toUpperCase().replace(/-/g, '_');
  if (!(TASK_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be one of ${TASK_KINDS.join(', ')}, not "${text}"`);
  return kind as (typeof TASK_KINDS)[number];
}

/** `"positive,neutral"` → `[{ value: 'positive', text: 'positive' }, …]`; `"pos=Positive"` sets the text. */
export function parseLabels(text: string): { value: string; text: string }[] {
  const labels = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      const value = (eq < 0 ? part : part.slice(0, eq)).trim();
      const shown = (eq < 0 ? part : part.slice(eq + 1)).trim();
      if (!value || !shown) throw new UsageError(`--labels: "${part}" needs a value and a text (value=Text)`);
      return { value, text: shown };
    });
  if (labels.length < 2) throw new UsageError(`--labels needs at least 2 labels, comma-separated (got ${labels.length})`);
  const seen = new Set<string>();
  for (const label of labels) {
    if (seen.has(label.value)) throw new UsageError(`--labels: "${label.value}" is given twice`);
    seen.add(label.value);
  }
  return labels;
}

/**
 * An option's value, parsed; else the project file's field as it is (the API checks it and names it);
 * else a usage error naming the option.
 */
function optionOrFile<T>(text: string | undefined, inFile: unknown, parse: (text: string) => T, option: string, hint: string): T | unknown {
  if (text !== undefined) return parse(text);
  if (inFile !== undefined && inFile !== null) return inFile;
  return parse(required<string>(undefined, option, hint));
}

function objectIn(file: Record<string, unknown>, field: string): Record<string, unknown> | undefined {
  const value = file[field];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
