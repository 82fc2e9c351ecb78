import type { ApiError } from '@fourmi/api-client';
import { Button } from './Button';
import { Card } from './Card';
import { ErrorAlert } from './Alert';

export interface MyDataCardProps {
  /** The app's words: the card's title, what the file is, each kind of record it holds, its format, the button. */
  texts: { title: string; intro: string; contents: string[]; format: string; download: string };
  /** useMyDataDownload's state. */
  download(): Promise<boolean>;
  loading: boolean;
  error?: ApiError | null;
}

/** "Your data": what the file of everything Fourmi holds on the person contains, and its download button. */
export function MyDataCard({ texts, download, loading, error }: MyDataCardProps) {
  return (
    <Card title={texts.title}>
      <div className="stack">
        <p>{texts.intro}</p>
        <ul>
          {texts.contents.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="muted small">{texts.format}</p>
        <ErrorAlert error={error} />
        <div className="row">
          <Button variant="secondary" busy={loading} onClick={() => void download()}>
            {texts.download}
          </Button>
        </div>
      </div>
    </Card>
  );
}
