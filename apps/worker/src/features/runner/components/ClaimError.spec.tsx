import { ApiError } from '@fourmi/api-client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ClaimError } from './ClaimError';

describe('ClaimError', () => {
  const render = (error: ApiError) => renderToStaticMarkup(<ClaimError error={error} onRetry={() => undefined} />);

  it('says why the project refuses work (daily cap, ban, language, skill), with no pointless retry', () => {
    const html = render(new ApiError("You reached this project's limit of 2 tasks today; come back tomorrow (UTC)", 'FORBIDDEN'));
    expect(html).toContain('You cannot work on this project now');
    expect(html).toContain('limit of 2 tasks today; come back tomorrow');
    expect(html).not.toContain('Try again');
  });

  it('offers a retry for other failures', () => {
    const html = render(new ApiError('fetch failed', 'NETWORK_ERROR'));
    expect(html).toContain('The server cannot be reached.');
    expect(html).toContain('Try again');
  });
});
