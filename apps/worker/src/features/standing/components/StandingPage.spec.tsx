import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GoldAccuracy } from './StandingPage';

describe('GoldAccuracy', () => {
  it('shows the estimate as the figure and its interval as a note, not one long sentence in the figure', () => {
    const html = renderToStaticMarkup(<GoldAccuracy skill={{ value: 0.35, lower: 0.08, upper: 0.69, evidence: 4 }} />);
    expect(html).toBe('35%<span class="muted small stat-note">95% interval 8%–69%, from 4 gold answers</span>');
  });

  it('says, as a note, that no gold item was met yet', () => {
    expect(renderToStaticMarkup(<GoldAccuracy skill={null} />)).toBe('<span class="muted small stat-note">You have not met a gold item here yet.</span>');
  });
});
