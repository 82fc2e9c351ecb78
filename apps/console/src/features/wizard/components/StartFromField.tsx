import { presets, type TaskKind } from '@fourmi/task-kinds';
import { SelectField, useLocale } from '@fourmi/ui';
import { useWizardT } from '../i18n';
import { parseStartValue, START_KINDS, startValue, type StartChoice } from '../lib/wizard-config';

/** One select: an empty project of each kind, then the presets (sentiment, moderation, ...) by name. */
export function StartFromField({ value, onChange, error }: { value: StartChoice; onChange(choice: StartChoice): void; error?: string }) {
  const t = useWizardT();
  const { locale } = useLocale();
  const kindName = (kind: TaskKind) => t(`wizard.kind.${kind}`);
  const selected = presets.find((p) => p.id === value.preset);
  return (
    <>
      <SelectField
        label={t('wizard.start')}
        hint={selected ? selected.description[locale] : t('wizard.startHint')}
        value={startValue(value)}
        error={error}
        onChange={(e) => {
          const choice = parseStartValue(e.target.value);
          if (choice) onChange(choice);
        }}
      >
        <optgroup label={t('wizard.kinds')}>
          {START_KINDS.map((kind) => (
            <option key={kind} value={`kind:${kind}`}>
              {kindName(kind)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('wizard.presets')}>
          {presets.map((preset) => (
            <option key={preset.id} value={`preset:${preset.id}`}>
              {t('wizard.presetOf', { name: preset.name[locale], kind: kindName(preset.kind) })}
            </option>
          ))}
        </optgroup>
      </SelectField>
    </>
  );
}
