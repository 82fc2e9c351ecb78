import { useState } from 'react';
import { GoldItemsCard } from './GoldItemsCard';
import { GoldItemsForm } from './GoldItemsForm';

/** Adding gold and reading it back: the list is fetched again after each addition. */
export function GoldSection({ projectId, config }: { projectId: string; config: unknown }) {
  const [count, setCount] = useState<number | null>(null);
  return (
    <>
      <GoldItemsForm projectId={projectId} onAdded={setCount} />
      <GoldItemsCard projectId={projectId} config={config} version={String(count)} />
    </>
  );
}
