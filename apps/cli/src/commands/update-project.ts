import { parseCommand } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { UsageError } from '../errors';
import { readText } from '../files';

const PROJECT = `query($id: ID!) { project(id: $id) { name instructions } }`;
const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id name } }`;

export const updateProject: Command = {
  name: 'update-project',
  summary: 'rename a project or rewrite its instructions',
  help: `usage: fourmi update-project PROJECT_ID [--name NAME] [--instructions-file FILE] [--api URL]

Changes the project's name, its instructions, or both; workers see them on their next task. What is
not given stays as it is. Reward, overlap and task kind stay as created: published batches
reserved money on them.

  --name NAME                 shown to workers
  --instructions-file FILE    Markdown instructions shown to workers
${apiHelp(30)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, { ...API_OPTION, name: { type: 'string' }, 'instructions-file': { type: 'string' } }, ['PROJECT_ID']);
    const [id] = positionals;
    if (values.name === undefined && values['instructions-file'] === undefined) throw new UsageError('give --name, --instructions-file or both');
    if (values.name !== undefined && !values.name.trim()) throw new UsageError('--name must not be empty');
    const instructions = values['instructions-file'] === undefined ? undefined : await readText(values['instructions-file'], 'instructions-file');
    const api = await signedInApi(ctx, values.api);
    // updateProject takes both fields: what is not given is sent back as it is now.
    const { project } = await api.gql<{ project: { name: string; instructions: string } }>(PROJECT, { id });
    const input = { id, name: values.name ?? project.name, instructions: instructions ?? project.instructions };
    const { updateProject: updated } = await api.gql<{ updateProject: { id: string; name: string } }>(UPDATE, { input });
    const changed = [values.name !== undefined && 'name', instructions !== undefined && 'instructions'].filter(Boolean).join(' and ');
    ctx.stderr.write(`Updated the ${changed} of project "${updated.name}" (${updated.id})\n`);
  },
};
