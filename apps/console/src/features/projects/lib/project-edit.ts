import type { UpdateProjectInput } from '@fourmi/api-client';

/** What can change once a project exists; reward, overlap and kind cannot (money is reserved on them). */
export interface ProjectEditValues {
  name: string;
  instructions: string;
  /** The gold ratio as a percentage typed by the requester (10 for 0.1); empty keeps it as it is. */
  goldPercent: string;
}

export type ProjectEditErrorKey = 'form.required' | 'form.nameTooLong' | 'form.instructionsTooLong' | 'quality.goldRange';
export type ProjectEditErrors = Partial<Record<'name' | 'instructions' | 'goldRatio', ProjectEditErrorKey>>;

/** The update input's own bounds (the create-project input's), checked here to answer before sending. */
const MAX_NAME = 120;
const MAX_INSTRUCTIONS = 20_000;
const MAX_GOLD_PERCENT = 50;

/** Checks the edit as the API will, at the API's field paths, and builds the input. */
export function toUpdateProjectInput(id: string, values: ProjectEditValues): { input: UpdateProjectInput | null; errors: ProjectEditErrors } {
  const errors: ProjectEditErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = 'form.required';
  else if (name.length > MAX_NAME) errors.name = 'form.nameTooLong';
  if (values.instructions.length > MAX_INSTRUCTIONS) errors.instructions = 'form.instructionsTooLong';
  const gold = values.goldPercent.trim() ? Number(values.goldPercent.trim().replace(',', '.')) : null;
  if (gold !== null && (!Number.isFinite(gold) || gold < 0 || gold > MAX_GOLD_PERCENT)) errors.goldRatio = 'quality.goldRange';
  if (Object.keys(errors).length > 0) return { input: null, errors };
  // Sent as a fraction rounded to what a percentage with one decimal says, so 12.5 % is 0.125, not 0.12500000000000003.
  const goldRatio = gold === null ? {} : { goldRatio: Math.round(gold * 10) / 1000 };
  return { input: { id, name, instructions: values.instructions, ...goldRatio }, errors };
}

/** A gold ratio as the form shows it: a percentage with at most one decimal. */
export function goldPercentText(goldRatio: number): string {
  return String(Math.round(goldRatio * 1000) / 10);
}
