import type { TaskKind } from '@fourmi/task-kinds';
import { UnsupportedKind } from './kinds/UnsupportedKind';
import { renderers } from './registry';
import type { TaskRendererProps } from './types';

/** Shows one task of any kind, with that kind's renderer. */
export function TaskRenderer({ kind, config, input, onSubmit, disabled, autoFocus }: TaskRendererProps) {
  const Renderer = renderers[kind as TaskKind];
  if (!Renderer) return <UnsupportedKind kind={kind} />;
  return <Renderer config={config} input={input} onSubmit={onSubmit as (answer: never) => void} disabled={disabled} autoFocus={autoFocus} />;
}
