import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { UsageError } from '../errors';
import { readText } from '../files';

const PROJECT = `query($id: ID!) { project(id: $id) { name instructions } }`;
const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id name } }`;

export const updateProject: Command = {
  name: 'update-project',
  summary: 'rename a project, rewrite its instructions or change its gold ratio',
  help: `usage: fourmi update-project PROJECT_ID [--name NAME] [--instructions-file FILE] [--gold-ratio RATIO] [--api URL]

Changes the project's name, its instructions, its gold ratio, or several; workers see them on their
next task (new tasks follow the gold ratio within about two seconds). What is not given stays as it
is. Reward, overlap and task kind stay as created: published batches reserved money on them; the
gold ratio moves no money.

  --name NAME                 shown to workers
  --instructions-file FILE    Markdown instructions shown to workers
  --gold-ratio RATIO          share of tasks drawn from gold items: 0 to 0.5, or 0% to 50%
${apiHelp(30)}`,
  async run(args, ctx) {
    const options = { ...API_OPTION, name: { type: 'string' }, 'instructions-file': { type: 'string' }, 'gold-ratio': { type: 'string' } } as const;
    const { values, positionals } = parseCommand(args, options, ['PROJECT_ID']);
    const [id] = positionals;
    if (values.name === undefined && values['instructions-file'] === undefined && values['gold-ratio'] === undefined) {
      throw new UsageError('give --name, --instructions-file, --gold-ratio or several');
    }
    const goldRatio = values['gold-ratio'] === undefined ? undefined : parseGoldRatio(values['gold-ratio']);
    if (values.name !== undefined && !values.name.trim()) throw new UsageError('--name must not be empty');
    const instructions = values['instructions-file'] === undefined ? undefined : await readText(values['instructions-file'], 'instructions-file');
    const api = await signedInApi(ctx, values.api);
    // updateProject takes both fields: what is not given is sent back as it is now.
    const { project } = await api.gql<{ project: { name: string; instructions: string } }>(PROJECT, { id });
    const input = { id, name: values.name ?? project.name, instructions: instructions ?? project.instructions, ...(goldRatio !== undefined && { goldRatio }) };
    const { updateProject: updated } = await api.gql<{ updateProject: { id: string; name: string } }>(UPDATE, { input });
    const changed = [values.name !== undefined && 'name', instructions !== undefined && 'instructions', goldRatio !== undefined && 'gold ratio'].filter((c): c is string => Boolean(c));
    ctx.stderr.write(`Updated the ${listed(changed)} of project "${updated.name}" (${updated.id})\n`);
  },
};

/** A gold ratio as a fraction (0.1) or a percentage (10%), within the API's 0 to 0.5. */
export function parseGoldRatio(text: string): number {
  const percent = text.trim().endsWith('%');
  const n = Number(text.trim().replace(/%$/, ''));
  const ratio = percent ? Math.round(n * 10) / 1000 : n;
  if (text.trim() === '' || !Number.isFinite(n) || ratio < 0 || ratio > 0.5) throw new UsageError(`--gold-ratio must be from 0 to 0.5 (or 0% to 50%), not "${text}"`);
  return ratio;
}

const listed = (parts: string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`);
