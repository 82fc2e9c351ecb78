import type { UpdateProjectInput } from '@fourmi/api-client';

/** What can change once a project exists; reward, overlap and kind cannot (money is reserved on them). */
export interface ProjectEditValues {
  name: string;
  instructions: string;
}

export type ProjectEditErrorKey = 'form.required' | 'form.nameTooLong' | 'form.instructionsTooLong';
export type ProjectEditErrors = Partial<Record<keyof ProjectEditValues, ProjectEditErrorKey>>;

/** The update input's own bounds (the create-project input's), checked here to answer before sending. */
const MAX_NAME = 120;
const MAX_INSTRUCTIONS = 20_000;

/** Checks the edit as the API will, at the API's field paths, and builds the input. */
export function toUpdateProjectInput(id: string, values: ProjectEditValues): { input: UpdateProjectInput | null; errors: ProjectEditErrors } {
  const errors: ProjectEditErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = 'form.required';
  else if (name.length > MAX_NAME) errors.name = 'form.nameTooLong';
  if (values.instructions.length > MAX_INSTRUCTIONS) errors.instructions = 'form.instructionsTooLong';
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return { input: { id, name, instructions: values.instructions }, errors };
}
