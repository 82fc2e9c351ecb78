import { Alert } from '@fourmi/ui';
import { useEffect, useState } from 'react';
import { useTaskT } from '../i18n';

/** The item of a text/image task: the text always as text (never HTML), the image with a fallback link. */
export function TaskItem({ text, imageUrl, imageAlt }: { text?: string; imageUrl?: string; imageAlt?: string }) {
  const t = useTaskT();
  const [failed, setFailed] = useState(false);
  useEffect(() => setFailed(false), [imageUrl]);
  return (
    <>
      {text !== undefined && (
        <p className="task-text" data-testid="task-text">
          {text}
        </p>
      )}
      {imageUrl &&
        (failed ? (
          <Alert tone="warning">
            {t('task.imageError')}{' '}
            <a href={imageUrl} target="_blank" rel="noopener noreferrer">
              {t('task.openImage')}
            </a>
          </Alert>
        ) : (
          <img className="task-image" src={imageUrl} alt={imageAlt ?? t('task.imageAlt')} onError={() => setFailed(true)} />
        ))}
    </>
  );
}
