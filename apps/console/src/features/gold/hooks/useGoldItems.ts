import { ConsoleGoldItemsDocument } from '@fourmi/api-client';
import { useQuery } from '@fourmi/ui';

export const GOLD_PAGE_SIZE = 20;

/** One page of the project's gold items, oldest first. */
export function useGoldItems(projectId: string, offset: number) {
  return useQuery(ConsoleGoldItemsDocument, { projectId, offset, limit: GOLD_PAGE_SIZE });
}
