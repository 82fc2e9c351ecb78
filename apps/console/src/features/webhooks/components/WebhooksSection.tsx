import { Alert, Button, Card, ErrorAlert, fieldErrorsOf, formatDateTime, Spinner, TextField, useFieldProblemText, useLocale } from '@fourmi/ui';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useCreateWebhook, useDeleteWebhook, useWebhookDeliveries, useWebhooks } from '../hooks/useWebhooks';
import { deliveryOutcome, deliveryTone, parseWebhookForm, WEBHOOK_EVENTS } from '../lib/webhook-form';

const DEFAULT_EVENTS = ['task.completed'];

/** A project's webhooks: add one (URL + events; its secret shown once), delete, and read the delivery log. */
export function WebhooksSection({ projectId }: { projectId: string }) {
  const t = useT();
  const problemText = useFieldProblemText();
  const { locale } = useLocale();
  const eventsId = useId();
  const hooks = useWebhooks(projectId);
  const deliveries = useWebhookDeliveries(projectId);
  const create = useCreateWebhook();
  const remove = useDeleteWebhook();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(DEFAULT_EVENTS);
  const [errors, setErrors] = useState<{ url?: string; events?: string }>({});
  const [secret, setSecret] = useState<string | null>(null);
  const server = fieldErrorsOf(create.error, problemText);
  const list = hooks.data?.webhooks ?? [];
  const urlOf = new Map(list.map((w) => [w.id, w.url]));
  const log = deliveries.data?.webhookDeliveries ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseWebhookForm(url, events);
    if (!parsed.ok) return setErrors({ url: parsed.errors.url && t(parsed.errors.url), events: parsed.errors.events && t(parsed.errors.events) });
    setErrors({});
    setSecret(null);
    const result = await create.mutate({ input: { projectId, url: parsed.url, events: parsed.events } });
    if (!result.ok) return;
    setSecret(result.data.createWebhook.secret);
    // The form starts over for the next webhook, as it first was.
    setUrl('');
    setEvents(DEFAULT_EVENTS);
    void hooks.refetch();
  };

  const del = async (id: string) => {
    const result = await remove.mutate({ id });
    if (result.ok) void hooks.refetch();
  };

  const toggle = (name: string, on: boolean) => setEvents((current) => (on ? [...current, name] : current.filter((e) => e !== name)));

  return (
    <Card title={t('webhooks.title')} className="webhooks">
      <p className="muted small">{t('webhooks.intro')}</p>
      {!hooks.data && hooks.loading && <Spinner />}
      <ErrorAlert error={hooks.error ?? remove.error} onRetry={() => void hooks.refetch()} />
      {hooks.data && list.length === 0 && <p className="muted">{t('webhooks.empty')}</p>}
      {list.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('webhooks.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.col.url')}</th>
                <th scope="col">{t('webhooks.col.events')}</th>
                <th scope="col">{t('webhooks.col.created')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('webhooks.delete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((hook) => (
                <tr key={hook.id}>
                  <th scope="row">
                    <code>{hook.url}</code>
                  </th>
                  <td>{hook.events.join(', ')}</td>
                  <td>{formatDateTime(hook.createdAt, locale)}</td>
                  <td>
                    <Button variant="ghost" aria-label={t('webhooks.deleteNamed', { url: hook.url })} busy={remove.loading} onClick={() => void del(hook.id)}>
                      {t('webhooks.delete')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {secret && (
        <Alert
          tone="success"
          title={t('webhooks.added')}
          action={
            <Button variant="secondary" onClick={() => setSecret(null)}>
              {t('webhooks.hideSecret')}
            </Button>
          }
        >
          <p>
            {t('webhooks.secret')}: <code data-testid="webhook-secret">{secret}</code>
          </p>
          <p>{t('webhooks.secretOnce')}</p>
        </Alert>
      )}
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <ErrorAlert error={create.error} shownFields={['url']} />
        <TextField
          label={t('webhooks.url')}
          type="url"
          inputMode="url"
          placeholder="https://example.org/fourmi"
          value={url}
          error={errors.url ?? server['url']}
          onChange={(e) => setUrl(e.target.value)}
        />
        <fieldset className={['field', errors.events ? 'field-invalid' : ''].filter(Boolean).join(' ')} aria-describedby={errors.events ? `${eventsId}-error` : undefined}>
          <legend className="field-label">{t('webhooks.events')}</legend>
          <div className="checks">
            {WEBHOOK_EVENTS.map((name) => (
              <label key={name} className="check">
                <input type="checkbox" checked={events.includes(name)} onChange={(e) => toggle(name, e.target.checked)} />
                <code>{name}</code>
              </label>
            ))}
          </div>
          {errors.events && (
            <p id={`${eventsId}-error`} className="field-error">
              {errors.events}
            </p>
          )}
        </fieldset>
        <div>
          <Button type="submit" variant="secondary" busy={create.loading}>
            {t('webhooks.add')}
          </Button>
        </div>
      </form>

      {list.length > 0 && (
        <>
          <div className="spread">
            <h3>{t('webhooks.deliveries')}</h3>
            <Button variant="ghost" onClick={() => void deliveries.refetch()}>
              {t('webhooks.refresh')}
            </Button>
          </div>
          <ErrorAlert error={deliveries.error} />
          {log.length === 0 ? (
            <p className="muted">{t('webhooks.noDeliveries')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('webhooks.deliveries')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('webhooks.col.event')}</th>
                    <th scope="col">{t('webhooks.col.status')}</th>
                    <th scope="col" className="num">
                      {t('webhooks.col.attempts')}
                    </th>
                    <th scope="col">{t('webhooks.col.response')}</th>
                    <th scope="col">{t('webhooks.col.when')}</th>
                    <th scope="col">{t('webhooks.col.delivered')}</th>
                    <th scope="col">{t('webhooks.col.url')}</th>
                  </tr>
                </thead>
                <tbody>
                  {log.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">
                        <code>{d.eventType}</code>
                      </th>
                      <td>
                        <span className={`badge badge-delivery-${deliveryTone(d.status)}`}>
                          {d.status === 'DELIVERED' || d.status === 'FAILED' || d.status === 'PENDING' ? t(`webhooks.status.${d.status}`) : d.status}
                        </span>
                      </td>
                      <td className="num">{d.attempts}</td>
                      <td>
                        <DeliveryOutcome statusCode={d.lastStatusCode} error={d.lastError} />
                      </td>
                      <td>{formatDateTime(d.createdAt, locale)}</td>
                      <td>{d.deliveredAt ? formatDateTime(d.deliveredAt, locale) : '—'}</td>
                      {/* A project may have several webhooks for one event: which one answered (— once deleted). */}
                      <td className="small">{urlOf.get(d.webhookId) ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Card>
  );
}

function DeliveryOutcome({ statusCode, error }: { statusCode: number | null; error: string | null }) {
  const outcome = deliveryOutcome(statusCode, error);
  return (
    <>
      {outcome.status} {outcome.error && <span className="muted small">{outcome.error}</span>}
    </>
  );
}
