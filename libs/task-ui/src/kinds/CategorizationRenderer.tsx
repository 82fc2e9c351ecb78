import { indexTaxonomy, type CategorizationAnswer } from '@fourmi/task-kinds';
import { Alert } from '@fourmi/ui';
import { useEffect, useId, useMemo, useReducer, useRef, type KeyboardEvent } from 'react';
import { useAutoFocus, useParsedTask } from '../hooks';
import { useTaskT } from '../i18n';
import { toKeyPress } from '../keyboard';
import type { KindRendererProps } from '../types';
import {
  buildCategorizationAnswer,
  initialPickerState,
  pathLabels,
  pickerKey,
  pickerOptions,
  pickerReducer,
  type PickerOption,
} from './categorization-model';
import { TaskItem } from './TaskItem';

export type CategorizationRendererProps = KindRendererProps<unknown, unknown, CategorizationAnswer>;

/**
 * A type-to-search picker over the taxonomy (a combobox): typing searches the leaves, the arrows move,
 * Enter chooses; with an empty search the categories can be browsed (Enter opens, Backspace goes up).
 * The chosen path shows as breadcrumbs; Enter again (or Ctrl+Enter) sends it.
 */
export function CategorizationRenderer({ config: rawConfig, input: rawInput, onSubmit, disabled = false, autoFocus = false }: CategorizationRendererProps) {
  const t = useTaskT();
  const task = useParsedTask('CATEGORIZATION', rawConfig, rawInput);
  const taxonomy = task?.config.taxonomy;
  const [state, dispatch] = useReducer(pickerReducer, initialPickerState);
  const searchRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  useAutoFocus(searchRef, autoFocus, rawInput);
  useEffect(() => dispatch({ type: 'reset' }), [rawInput]);

  const options = useMemo(() => (taxonomy ? pickerOptions(taxonomy, state) : []), [taxonomy, state]);
  const chosenLabels = useMemo(() => (taxonomy && state.chosen ? pathLabels(taxonomy, state.chosen) : []), [taxonomy, state.chosen]);
  const browseLabels = useMemo(
    () => (taxonomy && state.browse !== null ? pathLabels(taxonomy, indexTaxonomy(taxonomy).pathTo(state.browse)) : []),
    [taxonomy, state.browse],
  );

  if (!task || !taxonomy) return <Alert tone="error">{t('task.invalid')}</Alert>;
  const { input } = task;
  const parentOf = (id: string) => indexTaxonomy(taxonomy).byId.get(id)?.parentId ?? null;

  const submit = () => {
    if (disabled || !state.chosen) return;
    onSubmit(buildCategorizationAnswer(state.chosen));
  };
  const pick = (option: PickerOption) => {
    dispatch({ type: 'pick', option });
    searchRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const intent = pickerKey(toKeyPress(event.nativeEvent), state, options.length);
    // Enter never submits a form around the picker (the console's preview sits in one).
    if (event.key === 'Enter') event.preventDefault();
    if (!intent) return;
    event.preventDefault();
    if (intent.type === 'move') dispatch({ type: 'move', delta: intent.delta, count: options.length });
    else if (intent.type === 'pick') pick(options[intent.index]);
    else if (intent.type === 'up') dispatch({ type: 'up', parentOf });
    else if (intent.type === 'close') dispatch({ type: 'close' });
    else submit();
  };

  const activeId = state.open && state.active >= 0 ? `${listId}-${state.active}` : undefined;
  return (
    <div className="task" role="region" aria-label={t('task.region')}>
      <TaskItem text={input.title} imageUrl={input.imageUrl} imageAlt={t('task.productImageAlt')} />
      {input.description !== undefined && <p className="task-description">{input.description}</p>}
      <div className="picker">
        <label className="field-label" htmlFor={`${listId}-search`}>
          {t('task.cat.search')}
        </label>
        <input
          ref={searchRef}
          id={`${listId}-search`}
          className="input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-expanded={state.open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-keyshortcuts="Control+Enter"
          value={state.query}
          disabled={disabled}
          onChange={(e) => dispatch({ type: 'query', query: e.target.value })}
          onKeyDown={onKeyDown}
        />
        {state.open && (
          <div className="picker-popup">
            {state.query.trim() === '' && (
              <p className="muted small picker-where">{browseLabels.length > 0 ? browseLabels.join(' › ') : t('task.cat.topLevel')}</p>
            )}
            <ul className="picker-options" id={listId} role="listbox" aria-label={t('task.cat.options')}>
              {options.map((option, i) => (
                <li
                  key={option.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === state.active}
                  className="picker-option"
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => pick(option)}
                >
                  {state.query.trim() === '' ? (
                    <span>{option.labels.at(-1)}</span>
                  ) : (
                    <>
                      <span className="picker-option-path">{option.labels.slice(0, -1).join(' › ')}</span>
                      <span>{option.labels.at(-1)}</span>
                    </>
                  )}
                  {!option.leaf && <span aria-hidden="true"> ›</span>}
                </li>
              ))}
            </ul>
            {options.length === 0 && (
              <p className="muted small" role="status">
                {t('task.cat.noMatch')}
              </p>
            )}
          </div>
        )}
      </div>
      <div aria-live="polite">
        {state.chosen ? (
          <nav aria-label={t('task.cat.chosen')}>
            <ol className="breadcrumbs" data-testid="chosen-path">
              {chosenLabels.map((label, i) => (
                <li key={`${i}-${label}`}>{label}</li>
              ))}
            </ol>
          </nav>
        ) : (
          <p className="muted small">{t('task.cat.nothingChosen')}</p>
        )}
      </div>
      <div className="row">
        <button type="button" className="btn btn-primary" disabled={disabled || !state.chosen} onClick={submit}>
          {t('task.send')}
        </button>
      </div>
      <p className="shortcuts">{t('task.cat.shortcuts')}</p>
    </div>
  );
}
