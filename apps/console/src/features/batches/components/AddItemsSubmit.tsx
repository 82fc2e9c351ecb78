import { Button } from '@fourmi/ui';
import { useT } from '../../../i18n';
import type { AddItems } from '../hooks/useAddItems';
import { UploadProgress } from './UploadProgress';

/** The foot of an item form: the upload's progress, what is ready, and the button that adds it. */
export function AddItemsSubmit({ items, count, blocked, label }: { items: AddItems; count: number; blocked: boolean; label: string }) {
  const t = useT();
  const { stream, upload } = items;
  return (
    <>
      {upload.progress && <UploadProgress {...upload.progress} onCancel={upload.cancel} />}
      <div className="spread">
        <p className="muted" aria-live="polite">
          {stream ? (upload.progress ? '' : t('items.streamReady')) : t('items.ready', { count })}
        </p>
        <Button type="submit" busy={items.busy} disabled={blocked}>
          {stream ? t('items.upload') : label}
        </Button>
      </div>
    </>
  );
}
