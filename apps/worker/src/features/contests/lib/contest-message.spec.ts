import { describe, expect, it } from 'vitest';
import { checkContestMessage } from './contest-message';

describe('checkContestMessage', () => {
  it('needs 10 to 2,000 characters once trimmed', () => {
    expect(checkContestMessage('')).toBe('contest.messageTooShort');
    expect(checkContestMessage('   too short   ')).toBe('contest.messageTooShort');
    expect(checkContestMessage('x'.repeat(10))).toBeNull();
    expect(checkContestMessage(`  ${'x'.repeat(2000)}  `)).toBeNull();
    expect(checkContestMessage('x'.repeat(2001))).toBe('contest.messageTooLong');
  });
});
