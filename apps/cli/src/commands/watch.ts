import { parseCommand, parseSeconds } from '../args';
import { API_OPTION, apiHelp, type Command, signedInApi } from '../command';
import { CliError } from '../errors';
import { ProgressLine, renderBatchProgress } from '../progress';

const MY_BATCHES = `query { myProjects { id batches { id name status itemCount completedCount } } }`;
const PROJECT_BATCHES = `query($id: ID!) { project(id: $id) { batches { id name status itemCount completedCount } } }`;

export interface BatchView {
  id: string;
  name: string;
  status: string;
  itemCount: number;
  completedCount: number;
}

const FINAL = new Set(['COMPLETED', 'CANCELLED']);

export const watch: Command = {
  name: 'watch',
  summary: 'follow a batch until it is completed or cancelled',
  help: `usage: fourmi watch BATCH_ID [--interval SECONDS] [--wait-publish] [--api URL]

Shows the batch's progress (items with all their answers) on stderr, checking every 2 seconds, and
ends when the batch is completed or cancelled (Ctrl-C to stop watching sooner). A draft batch has
no progress to show: watching one fails at once, unless --wait-publish is given.

  --interval SECONDS   time between checks (default 2)
  --wait-publish       on a draft batch, wait until it is published (by \`fourmi publish\`, the
                       console or a script), then follow it
${apiHelp(23)}`,
  async run(args, ctx) {
    const { values, positionals } = parseCommand(args, { ...API_OPTION, interval: { type: 'string' }, 'wait-publish': { type: 'boolean' } }, ['BATCH_ID']);
    const [batchId] = positionals;
    const intervalMs = values.interval === undefined ? 2_000 : parseSeconds(values.interval, 'interval') * 1_000;
    const api = await signedInApi(ctx, values.api);

    // Batches are read through their project: find it once, then poll that project alone.
    const { myProjects } = await api.gql<{ myProjects: { id: string; batches: BatchView[] }[] }>(MY_BATCHES);
    const owner = myProjects.find((p) => p.batches.some((b) => b.id === batchId));
    let batch = owner?.batches.find((b) => b.id === batchId);
    if (!owner || !batch) throw new CliError(`no batch ${batchId} in your projects`);
    const projectId = owner.id;
    // A draft moves only when someone publishes it: waiting unasked would hang a script for good.
    if (batch.status === 'DRAFT' && !values['wait-publish']) {
      throw new CliError(`batch "${batch.name}" (${batch.id}) is still a draft: publish it with \`fourmi publish ${batch.id}\`, or watch with --wait-publish to wait for that`);
    }

    const progress = new ProgressLine(ctx.stderr, ctx.now);
    ctx.stderr.write(`Watching batch "${batch.name}" (${batch.id})${batch.status === 'DRAFT' ? ': still a draft, waiting for it to be published' : ''}\n`);
    let shown = '';
    for (;;) {
      const line = renderBatchProgress(batch.completedCount, batch.itemCount, batch.status);
      if (line !== shown) progress.update(line, true); // on a log: a line per change, not per check
      shown = line;
      if (FINAL.has(batch.status)) break;
      await ctx.sleep(intervalMs);
      const { project } = await api.gql<{ project: { batches: BatchView[] } }>(PROJECT_BATCHES, { id: projectId });
      const next = project.batches.find((b) => b.id === batchId);
      if (!next) throw new CliError(`batch ${batchId} is gone from its project`);
      batch = next;
    }
    progress.done();
    ctx.stdout.write(`${batch.status} ${batch.completedCount}/${batch.itemCount}\n`);
  },
};
