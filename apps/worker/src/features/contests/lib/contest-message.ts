/** The API's limits on a gold contest's message, checked before sending. */
export const CONTEST_MESSAGE = { min: 10, max: 2000 } as const;

export type ContestMessageError = 'contest.messageTooShort' | 'contest.messageTooLong';

/** A contest message is read by the requester: 10 to 2,000 characters once trimmed. */
export function checkContestMessage(message: string): ContestMessageError | null {
  const m = message.trim();
  if (m.length < CONTEST_MESSAGE.min) return 'contest.messageTooShort';
  if (m.length > CONTEST_MESSAGE.max) return 'contest.messageTooLong';
  return null;
}
