/** What every kind's renderer receives, with its config, input and answer types. */
export interface KindRendererProps<C, I, A> {
  config: C;
  input: I;
  onSubmit(answer: A): void;
  /** While an answer is being sent: no new answer is accepted. */
  disabled?: boolean;
  /** Move the focus to the task when it appears (the worker app does it for each new task). */
  autoFocus?: boolean;
}

/** The props of the generic TaskRenderer: config and input as they come from the API (JSON). */
export interface TaskRendererProps {
  kind: string;
  config: unknown;
  input: unknown;
  onSubmit(answer: unknown): void;
  disabled?: boolean;
  autoFocus?: boolean;
}
