import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import { idempotencyKeyFor, initialRunnerState, runnerReducer } from './runner-state';
import { useClaimNext } from './useClaimNext';
import { useSkipAssignment } from './useSkipAssignment';
import { useSubmitAnswer } from './useSubmitAnswer';
import { sendWithRetries } from './send-again';

/** Claims, shows and submits the tasks of one project, one after the other. */
export function useTaskRunner(projectId: string) {
  const [state, dispatch] = useReducer(runnerReducer, initialRunnerState);
  const { mutate: claimNext } = useClaimNext();
  const { mutate: submitAnswer } = useSubmitAnswer();
  const { mutate: skipAssignment } = useSkipAssignment();
  const stateRef = useRef(state);
  // Before the browser paints, not after (useEffect): a key pressed as soon as the next task shows
  // must find it here, or submit() would still see the answer before it as sending and drop the key.
  useLayoutEffect(() => {
    stateRef.current = state;
  });

  const claim = useCallback(async () => {
    dispatch({ type: 'claimStarted' });
    const result = await claimNext({ projectId });
    if (result.ok) dispatch({ type: 'claimSucceeded', assignment: result.data.claimNext });
    else dispatch({ type: 'claimFailed', error: result.error });
  }, [claimNext, projectId]);

  // Claim when opened, and whenever the state machine asks for a new task.
  const needsClaim = state.phase === 'claiming';
  const claiming = useRef(false);
  useEffect(() => {
    if (!needsClaim || claiming.current) return;
    claiming.current = true;
    void claim().finally(() => {
      claiming.current = false;
    });
  }, [needsClaim, claim]);

  const submit = useCallback(
    async (answer: unknown) => {
      const current = stateRef.current;
      if (current.phase !== 'working' || !current.assignment) return;
      const assignmentId = current.assignment.id;
      const idempotencyKey = idempotencyKeyFor(current, assignmentId, answer, () => crypto.randomUUID());
      const pending = { assignmentId, answer, idempotencyKey };
      // Mark it at once, so a second key press cannot send a second answer before React re-renders.
      stateRef.current = { ...current, phase: 'submitting', pending };
      dispatch({ type: 'submitStarted', pending });
      const result = await sendWithRetries(() => submitAnswer({ input: pending }));
      if (result.ok) dispatch({ type: 'submitSucceeded', next: result.data.submitAnswer.next, feedback: result.data.submitAnswer.feedback });
      else dispatch({ type: 'submitFailed', error: result.error });
    },
    [submitAnswer],
  );

  /** Gives the task back (this worker will not get it again) and shows the next one. */
  const skip = useCallback(async () => {
    const current = stateRef.current;
    if (current.phase !== 'working' || !current.assignment) return;
    stateRef.current = { ...current, phase: 'skipping' };
    dispatch({ type: 'skipStarted' });
    const result = await skipAssignment({ assignmentId: current.assignment.id });
    if (result.ok) dispatch({ type: 'skipSucceeded', next: result.data.skipAssignment });
    else dispatch({ type: 'skipFailed', error: result.error });
  }, [skipAssignment]);

  const dismissFeedback = useCallback(() => dispatch({ type: 'feedbackDismissed' }), []);

  return { state, submit, skip, claimAgain: claim, dismissFeedback };
}
