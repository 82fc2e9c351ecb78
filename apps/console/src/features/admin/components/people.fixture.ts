import type { ConsolePersonFragment } from '@fourmi/api-client';

/** A person as the People directory lists them, for the admin specs: what a spec does not give is a quiet account. */
export const person = (p: Partial<ConsolePersonFragment> & Pick<ConsolePersonFragment, 'id' | 'displayName' | 'roles'>): ConsolePersonFragment => ({
  email: `${p.displayName.toLowerCase()}@example.org`,
  joinedAt: '2026-11-02T09:30:00.000Z',
  banned: false,
  suspendedAt: null,
  suspensionReason: null,
  answersSent: null,
  level: null,
  balanceCents: null,
  currency: 'EUR',
  ...p,
});

/** A worker of level 1 with 12 answers sent, neither banned nor suspended. */
export const quokka = person({ id: '8997018b-0a55-49a9-a71f-e1983c917e71', displayName: 'Quokka', roles: ['WORKER'], answersSent: 12, level: 1 });
