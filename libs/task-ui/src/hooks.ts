import { getTaskKind, type Result, type TaskKind, type TaskKindShapes } from '@fourmi/task-kinds';
import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';

/**
 * The config and input of a task, read with the kind's own parsers (the same normalisation as the
 * server: default hotkeys, default bounds), once per config and input. Null when either is not valid.
 */
export function useParsedTask<K extends TaskKind>(
  kind: K,
  rawConfig: unknown,
  rawInput: unknown,
): { config: TaskKindShapes[K]['config']; input: TaskKindShapes[K]['input'] } | null {
  const definition = getTaskKind(kind);
  const config = useMemo(() => okValue(definition.parseConfig(rawConfig)), [definition, rawConfig]);
  const input = useMemo(() => (config ? okValue(definition.parseInput(rawInput, config)) : null), [definition, config, rawInput]);
  return config && input ? { config, input } : null;
}

function okValue<T>(result: Result<T>): T | null {
  return result.ok ? result.value : null;
}

/**
 * A window keydown listener that always calls the latest handler (no re-subscription per render).
 * Attached before the browser paints (layout effect): a key pressed as soon as the next task shows
 * must find that task listening, or a fast keyboard worker's answer is lost.
 */
export function useWindowKeydown(handler: (event: KeyboardEvent) => void): void {
  const ref = useRef(handler);
  useLayoutEffect(() => {
    ref.current = handler;
  });
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => ref.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

/** Focuses `target` when a task appears, if asked to (the worker app asks for each new task). */
export function useAutoFocus(target: RefObject<HTMLElement | null>, autoFocus: boolean, input: unknown): void {
  useEffect(() => {
    if (autoFocus) target.current?.focus({ preventScroll: true });
  }, [target, autoFocus, input]);
}

/**
 * Whether a window keydown is meant for the task in `region`: the focus is in it, or nowhere in
 * particular (the page, the runner around it) — but not in a form around a preview, nor in another task.
 */
export function isForTask(event: KeyboardEvent, region: HTMLElement | null): boolean {
  const target = event.target;
  if (!region || !(target instanceof Element)) return true;
  if (region.contains(target)) return true;
  return target.closest('form, .task') === null;
}
