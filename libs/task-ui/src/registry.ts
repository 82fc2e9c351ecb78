import type { TaskKind } from '@fourmi/task-kinds';
import type { ComponentType } from 'react';
import { ClassificationRenderer } from './kinds/ClassificationRenderer';
import type { KindRendererProps } from './types';

/**
 * One renderer per kind, each in its own file under `kinds/`. A kind missing here shows the
 * "not supported yet" message. Renderers read their config and input from JSON themselves.
 */
export const renderers: Partial<Record<TaskKind, ComponentType<KindRendererProps<unknown, unknown, never>>>> = {
  CLASSIFICATION: ClassificationRenderer,
};

export function isKindSupported(kind: string): boolean {
  return kind in renderers;
}
