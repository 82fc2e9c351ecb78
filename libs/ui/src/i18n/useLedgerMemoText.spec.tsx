import { LEDGER_MEMOS, ledgerMemo, type LedgerMemoKey } from '@fourmi/task-kinds';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { findDictionaryProblems } from './core';
import { I18nProvider } from './I18nProvider';
import { uiI18n } from './messages';
import { useLedgerMemoText, type LedgerMemoLike } from './useLedgerMemoText';

function Memo({ line }: { line: LedgerMemoLike }) {
  return <p>{useLedgerMemoText()(line)}</p>;
}

const say = (line: LedgerMemoLike, locale: 'en' | 'fr') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <Memo line={line} />
    </I18nProvider>,
  );

/** A line as the API gives it for a memo written now. */
const lineOf = (key: LedgerMemoKey, params: Parameters<typeof ledgerMemo>[1] = {}): LedgerMemoLike => {
  const memo = ledgerMemo(key, params);
  return { memo: memo.text, memoKey: memo.key, memoParams: memo.params };
};

describe('useLedgerMemoText', () => {
  it('has every memo in English and in French, with the same values named', () => {
    const { en, fr } = uiI18n.dictionaries;
    for (const key of Object.keys(LEDGER_MEMOS) as LedgerMemoKey[]) {
      expect(en[key], key).toEqual(LEDGER_MEMOS[key]);
      expect(fr[key], key).not.toEqual(en[key]);
    }
    expect(findDictionaryProblems(uiI18n.dictionaries)).toEqual([]);
  });

  it('says a history line in French by its key, one item or answer in the singular, amounts as French money', () => {
    expect(say(lineOf('memo.accepted', { count: 3, projects: ['Avis', 'Chats'] }), 'fr')).toContain('3 réponses acceptées : Avis, Chats');
    expect(say(lineOf('memo.accepted', { count: 1, projects: ['Avis'] }), 'fr')).toContain('Réponse acceptée : Avis');
    expect(say(lineOf('memo.escrow', { count: 1 }), 'fr')).toContain('Réserve pour un lot de 1 élément<');
    expect(say(lineOf('memo.topUpSandbox'), 'fr')).toContain('Recharge (bac à sable, sans argent réel)');
    expect(say(lineOf('memo.fairPay', { hourlyCents: 650, minimumCents: 1000, currency: 'EUR' }), 'fr')).toMatch(/de 6,50\s€\/h étant sous le minimum de 10,00\s€\/h/);
  });

  it('says in English what the API stored', () => {
    const line = lineOf('memo.accepted', { count: 3, projects: ['Sentiment'] });
    expect(say(line, 'en')).toContain('Accepted 3 answers: Sentiment');
    const fairPay = lineOf('memo.fairPay', { hourlyCents: 650, minimumCents: 1000, currency: 'EUR' });
    expect(say(fairPay, 'en')).toContain(fairPay.memo);
  });

  it('keeps the stored English of an older line, an unknown key, or a line missing a value', () => {
    expect(say({ memo: 'Accepted answer: Old project', memoKey: null, memoParams: null }, 'fr')).toContain('Accepted answer: Old project');
    expect(say({ memo: 'Something new', memoKey: 'memo.newThing', memoParams: {} }, 'fr')).toContain('Something new');
    expect(say({ memo: 'Bonus: Thanks', memoKey: 'memo.bonus', memoParams: {} }, 'fr')).toContain('Bonus: Thanks');
  });
});
