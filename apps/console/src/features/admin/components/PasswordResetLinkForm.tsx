import type { ConsolePasswordResetLinkMutation, ConsolePersonFragment } from '@fourmi/api-client';
import { Alert, Button, formatDateTime, TextField, useLocale } from '@fourmi/ui';
import { useEffect, useId, useState } from 'react';
import { useT } from '../../../i18n';
import { usePasswordResetLink } from '../hooks/usePeople';
import { resetLinkUrl } from '../lib/reset-link';
import { ReasonForm } from './ReasonForm';

type ResetLink = ConsolePasswordResetLinkMutation['passwordResetLink'];

export interface PasswordResetLinkFormProps {
  person: ConsolePersonFragment;
  /** Closes the form, or the link once passed on. */
  onClose(): void;
  /** The server the link is for (window.location.origin; specs give their own). */
  origin?: string;
  /** A link already made (specs). */
  initialLink?: ResetLink | null;
}

/**
 * Makes a password reset link for a person who forgot their password and asked support, with a reason
 * (audited); then shows the whole link to copy, when it expires, and to whom alone it may be sent.
 */
export function PasswordResetLinkForm({ person, onClose, origin = window.location.origin, initialLink = null }: PasswordResetLinkFormProps) {
  const t = useT();
  const { mutate, loading, error } = usePasswordResetLink();
  const [link, setLink] = useState<ResetLink | null>(initialLink);
  const name = person.displayName;

  if (link) return <ResetLinkShown person={person} url={resetLinkUrl(origin, link.app, link.ticket)} expiresAt={link.expiresAt} onClose={onClose} />;
  const make = async (reason: string) => {
    const result = await mutate({ userId: person.id, reason });
    if (result.ok) setLink(result.data.passwordResetLink);
  };
  return (
    <ReasonForm
      name={t('people.resetLinkWho', { name })}
      label={t('people.resetLinkReason')}
      hint={t('people.resetLinkHint', { name })}
      submitLabel={t('people.resetLinkSubmit')}
      busy={loading}
      error={error}
      onSubmit={(reason) => void make(reason)}
      onCancel={onClose}
    />
  );
}

type Copy = 'idle' | 'copied' | 'failed';

/** The link made: to copy (or select), valid until when, and sent only to the account's own email. */
function ResetLinkShown({ person, url, expiresAt, onClose }: { person: ConsolePersonFragment; url: string; expiresAt: string; onClose(): void }) {
  const t = useT();
  const { locale } = useLocale();
  const fieldId = useId();
  const [copy, setCopy] = useState<Copy>('idle');
  // The form that made it is gone: the keyboard goes on from the link.
  useEffect(() => document.getElementById(fieldId)?.focus(), [fieldId]);
  const copyLink = () => {
    // No clipboard outside a secure context (plain http on another host): the link is there to select.
    if (!navigator.clipboard) return setCopy('failed');
    navigator.clipboard.writeText(url).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };
  return (
    <div className="stack" role="group" aria-label={t('people.resetLinkWho', { name: person.displayName })}>
      <Alert tone="success">{t('people.resetLinkMade', { name: person.displayName })}</Alert>
      <TextField
        id={fieldId}
        label={t('people.resetLinkField')}
        hint={t('people.resetLinkExpires', { time: formatDateTime(expiresAt, locale) })}
        value={url}
        readOnly
        onFocus={(e) => e.target.select()}
      />
      <p>
        <strong>{t('people.resetLinkSendOnly', { email: person.email })}</strong> {t('people.resetLinkOnce')}
      </p>
      <div className="row">
        <Button onClick={copyLink}>{t('people.resetLinkCopy')}</Button>
        <Button variant="ghost" onClick={onClose}>
          {t('people.resetLinkDone')}
        </Button>
        <span className="muted small" role="status">
          {copy === 'copied' ? t('people.resetLinkCopied') : copy === 'failed' ? t('people.resetLinkCopyFailed') : ''}
        </span>
      </div>
    </div>
  );
}
