import { describe, expect, it } from 'vitest';
import { publishReserve } from './publish-reserve';

// Intl puts a narrow no-break space before "€" in French; compare with plain spaces.
const plain = (r: ReturnType<typeof publishReserve>) => JSON.parse(JSON.stringify(r).replace(/[\u00a0\u202f]/g, ' '));

describe('publishReserve', () => {
  it('formats the reserve and the balance for the locale', () => {
    expect(publishReserve(123_456, 'EUR', { availableCents: 200_000, currency: 'EUR' }, 'en')).toEqual({ reserve: '€1,234.56', available: '€2,000.00', shortBy: null });
    expect(plain(publishReserve(123_456, 'EUR', { availableCents: 200_000, currency: 'EUR' }, 'fr'))).toEqual({ reserve: '1 234,56 €', available: '2 000,00 €', shortBy: null });
  });

  it('says how much is missing when the balance cannot cover it', () => {
    expect(publishReserve(48, 'EUR', { availableCents: 10, currency: 'EUR' }, 'en')).toEqual({ reserve: '€0.48', available: '€0.10', shortBy: '€0.38' });
    expect(publishReserve(48, 'EUR', { availableCents: 48, currency: 'EUR' }, 'en').shortBy).toBeNull();
  });

  it('shows the reserve alone while the balance loads, and no shortfall across currencies', () => {
    expect(publishReserve(48, 'EUR', undefined, 'en')).toEqual({ reserve: '€0.48', available: null, shortBy: null });
    expect(publishReserve(48, 'EUR', { availableCents: 0, currency: 'USD' }, 'en')).toEqual({ reserve: '€0.48', available: '$0.00', shortBy: null });
  });
});
