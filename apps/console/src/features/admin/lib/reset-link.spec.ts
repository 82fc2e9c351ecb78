import { describe, expect, it } from 'vitest';
import { resetLinkUrl } from './reset-link';

describe('resetLinkUrl', () => {
  it('opens the worker app’s reset page for a worker, the console’s for requesters and admins', () => {
    expect(resetLinkUrl('https://fourmi.example.org', 'WORKER', 'v1.abc.def')).toBe('https://fourmi.example.org/reset-password?ticket=v1.abc.def');
    expect(resetLinkUrl('http://127.0.0.1:3460', 'CONSOLE', 'v1.abc.def')).toBe('http://127.0.0.1:3460/console/reset-password?ticket=v1.abc.def');
  });

  it('keeps the ticket whole, whatever it holds', () => {
    const url = resetLinkUrl('https://fourmi.example.org', 'WORKER', 'a+b/c=d&e');
    expect(new URL(url).searchParams.get('ticket')).toBe('a+b/c=d&e');
  });
});
