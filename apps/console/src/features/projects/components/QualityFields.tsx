import { Card, formatPercent, SelectField, TextField, useLevelName, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { LEVELS_TO_ASK, type QualityFormValues } from '../lib/quality-form';

interface QualityFieldsProps {
  values: QualityFormValues;
  errors: Record<string, string>;
  onChange: (values: QualityFormValues) => void;
}

/** The quality rules, acceptance policy and fair-pay policy of a new project. */
export function QualityFields({ values, errors, onChange }: QualityFieldsProps) {
  const t = useT();
  const { locale } = useLocale();
  const levelName = useLevelName();
  const set = <K extends keyof QualityFormValues>(key: K, value: QualityFormValues[K]) => onChange({ ...values, [key]: value });
  const field = (key: Exclude<keyof QualityFormValues, 'training' | 'fairPayPolicy' | 'minLevel'>, label: string, path: string, hint?: string) => (
    <TextField label={label} hint={hint} inputMode="decimal" value={values[key]} error={errors[path]} onChange={(e) => set(key, e.target.value)} />
  );
  return (
    <Card title={t('quality.title')}>
      <p className="muted small">{t('quality.intro')}</p>
      <div className="form-grid">
        {field('goldPercent', t('quality.gold'), 'goldRatio', t('quality.goldHint'))}
        {field('banBelowPercent', t('quality.banBelow'), 'qualityRules.banBelowGoldAccuracy')}
        {field('minGoldAnswers', t('quality.minGold'), 'qualityRules.minGoldAnswers')}
        {field('minAnswerSeconds', t('quality.minSeconds'), 'qualityRules.minAnswerSeconds')}
        {field('flagBelowAgreementPercent', t('quality.flagAgreement'), 'qualityRules.flagBelowAgreement')}
        {field('dailyCap', t('quality.dailyCap'), 'qualityRules.dailyCap')}
        {field('minOverlap', t('quality.minOverlap'), 'qualityRules.minOverlap')}
        {field('confidencePercent', t('quality.confidence'), 'qualityRules.confidenceTarget')}
        {field('autoAcceptHours', t('quality.autoAccept'), 'autoAcceptHours', t('quality.autoAcceptHint'))}
        {field('examGoldAnswers', t('quality.examGold'), 'qualityRules.examGoldAnswers', t('quality.examHint'))}
        {field('examPassPercent', t('quality.examPass'), 'qualityRules.examPassAccuracy')}
        {field('examGrantsSkill', t('quality.examSkill'), 'qualityRules.examGrantsSkill')}
      </div>
      <SelectField
        label={t('quality.minLevel')}
        hint={t('quality.minLevelHint')}
        value={values.minLevel}
        error={errors['qualityRules.minLevel']}
        onChange={(e) => set('minLevel', e.target.value)}
      >
        <option value="">{t('quality.minLevelNone')}</option>
        {LEVELS_TO_ASK.map((rule) => (
          <option key={rule.level} value={String(rule.level)}>
            {t('quality.minLevelOption', { level: rule.level, name: levelName(rule.level), count: rule.minReviewed, percent: formatPercent(rule.minAcceptedPercent / 100, locale) })}
          </option>
        ))}
      </SelectField>
      <label className="checkbox">
        <input type="checkbox" checked={values.training} onChange={(e) => set('training', e.target.checked)} /> {t('quality.training')}
      </label>
      <fieldset className="stack">
        <legend className="field-label">{t('quality.fairPay')}</legend>
        {(['TOP_UP', 'WARN'] as const).map((policy) => (
          <label key={policy} className="checkbox">
            <input type="radio" name="fairPayPolicy" checked={values.fairPayPolicy === policy} onChange={() => set('fairPayPolicy', policy)} />{' '}
            {t(policy === 'TOP_UP' ? 'quality.fairPayTopUp' : 'quality.fairPayWarn')}
          </label>
        ))}
      </fieldset>
    </Card>
  );
}
