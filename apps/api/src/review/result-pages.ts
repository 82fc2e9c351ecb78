/** A run of one batch's items on a page of results: `skip` items in, `take` of them. */
export interface BatchSlice {
  batchId: string;
  skip: number;
  take: number;
}

/**
 * The slices of batches (in their order, with their item counts) that make the page of `limit` items
 * starting `offset` items into the project: whole batches before it are skipped by their counts, so
 * only the page's own batches are read, each along its (batch_id, id) index.
 */
export function pageSlices(batches: readonly { id: string; itemCount: number }[], offset: number, limit: number): BatchSlice[] {
  const slices: BatchSlice[] = [];
  let start = 0;
  let wanted = limit;
  for (const batch of batches) {
    if (wanted <= 0) break;
    const end = start + batch.itemCount;
    if (end > offset) {
      const skip = Math.max(0, offset - start);
      const take = Math.min(batch.itemCount - skip, wanted);
      if (take > 0) slices.push({ batchId: batch.id, skip, take });
      wanted -= take;
    }
    start = end;
  }
  return slices;
}
