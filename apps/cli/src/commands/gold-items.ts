import type { Api } from '../api';
import { table } from '../table';

const GOLD_ITEMS = `query($p: ID!, $offset: Int!, $limit: Int!) { goldItems(projectId: $p, offset: $offset, limit: $limit) { total items { id input goldAnswer explanation answers rightShare } } }`;

/** The API's largest page: a project's gold is read in as few requests as it allows. */
const PAGE = 100;
const ITEM_WIDTH = 50;

export interface GoldItemRow {
  id: string;
  input: unknown;
  goldAnswer: unknown;
  explanation: string | null;
  answers: number;
  rightShare: number | null;
}

/** Every gold item of the project, oldest first, page after page. */
export async function allGoldItems(api: Api, projectId: string): Promise<GoldItemRow[]> {
  const rows: GoldItemRow[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { goldItems } = await api.gql<{ goldItems: { total: number; items: GoldItemRow[] } }>(GOLD_ITEMS, { p: projectId, offset, limit: PAGE });
    rows.push(...goldItems.items);
    if (goldItems.items.length < PAGE || rows.length >= goldItems.total) return rows;
  }
}

/** One gold item per line: `ID ITEM GOLD ANSWERS RIGHT EXPLANATION`, values as compact JSON. */
export function goldItemTable(rows: readonly GoldItemRow[]): string {
  return table(
    ['ID', 'ITEM', 'GOLD', 'ANSWERS', 'RIGHT', 'EXPLANATION'],
    rows.map((g) => [g.id, cut(JSON.stringify(g.input), ITEM_WIDTH), JSON.stringify(g.goldAnswer), String(g.answers), g.rightShare === null ? '-' : `${Math.round(g.rightShare * 100)}%`, g.explanation ?? '']),
    [3, 4],
  );
}

export const cut = (text: string, width: number) => ([...text].length > width ? `${[...text].slice(0, width - 1).join('')}…` : text);
