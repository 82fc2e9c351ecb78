export { TaskRenderer } from './TaskRenderer';
export { ClassificationRenderer, type ClassificationRendererProps } from './kinds/ClassificationRenderer';
export { describeHotkeys, readClassificationConfig, readClassificationInput, type LabelView } from './kinds/classification-model';
export { UnsupportedKind } from './kinds/UnsupportedKind';
export { isKindSupported, renderers } from './registry';
export { findHotkey, isHotkeyCandidate, type KeyPress } from './keyboard';
export { taskUiI18n } from './i18n';
export type { KindRendererProps, TaskRendererProps } from './types';
