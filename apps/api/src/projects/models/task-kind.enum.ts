import { TASK_KINDS, type TaskKind } from '@fourmi/task-kinds';
import { registerEnumType } from '@nestjs/graphql';

/** The GraphQL enum `TaskKind`, built from the task-kinds lib so the two never drift. */
export const TaskKindEnum = Object.fromEntries(TASK_KINDS.map((k) => [k, k])) as { [K in TaskKind]: K };

registerEnumType(TaskKindEnum, { name: 'TaskKind', description: 'The kind of human judgement a task asks for' });
