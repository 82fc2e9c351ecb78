import type { TaskKind } from '@fourmi/task-kinds';
import type { ComponentType } from 'react';
import { AudioRenderer } from './kinds/AudioRenderer';
import { CategorizationRenderer } from './kinds/CategorizationRenderer';
import { ClassificationRenderer } from './kinds/ClassificationRenderer';
import { MultiLabelRenderer } from './kinds/MultiLabelRenderer';
import { UiFeedbackRenderer } from './kinds/UiFeedbackRenderer';
import type { KindRendererProps } from './types';

/**
 * One renderer per kind, each in its own file under `kinds/`. A kind missing here shows the
 * "not supported yet" message. Renderers read their config and input from JSON themselves.
 * Sentiment and moderation are presets of these kinds, with no renderer of their own.
 */
export const renderers: Partial<Record<TaskKind, ComponentType<KindRendererProps<unknown, unknown, never>>>> = {
  CLASSIFICATION: ClassificationRenderer,
  MULTI_LABEL: MultiLabelRenderer,
  CATEGORIZATION: CategorizationRenderer,
  UI_FEEDBACK: UiFeedbackRenderer,
  AUDIO: AudioRenderer,
};

export function isKindSupported(kind: string): boolean {
  return kind in renderers;
}
