import { describe, expect, it } from 'vitest';
import { parseGoldCsv, parseGoldJsonl } from './gold-file';

describe('gold files', () => {
  it('reads JSON Lines of input, answer and explanation, skipping blank lines', () => {
    expect(parseGoldJsonl('{"input":{"text":"Loved it"},"answer":{"label":"pos"},"explanation":"Praise"}\n\n{"input":{"text":"Meh"},"answer":{"label":"neu"}}\n')).toEqual({
      ok: true,
      items: [
        { input: { text: 'Loved it' }, answer: { label: 'pos' }, explanation: 'Praise' },
        { input: { text: 'Meh' }, answer: { label: 'neu' } },
      ],
    });
  });

  it('names every bad JSON line with its row and field', () => {
    const text = ['{"input":{"text":"a"},"answer":{"label":"pos"}}', 'not json', '{"input":"a","answer":{"label":"pos"}}', '{"input":{"text":"b"}}', '{"input":{"text":"c"},"answer":1,"explanation":3,"why":"x"}', '[1]'].join('\n');
    expect(parseGoldJsonl(text)).toEqual({
      ok: false,
      problems: [
        'row 2: is not valid JSON',
        'row 3 (input): give the item as a JSON object, as in an upload',
        'row 4 (answer): give the right answer',
        'row 5 (why): unknown field; a gold line holds input, answer and explanation',
        'row 5 (explanation): must be text',
        'row 6: must be a JSON object with input and answer',
      ],
    });
    expect(parseGoldJsonl('\n \n')).toEqual({ ok: false, problems: ['holds no gold items'] });
  });

  it('reads CSV with the answer field by field or whole as JSON, item columns named as in an upload', () => {
    expect(parseGoldCsv('text,image_url,answer_label,explanation\n"Loved it, really",,pos,Praise\nMeh,/a.png,neu,\n')).toEqual({
      ok: true,
      items: [
        { input: { text: 'Loved it, really' }, answer: { label: 'pos' }, explanation: 'Praise' },
        { input: { text: 'Meh', imageUrl: '/a.png' }, answer: { label: 'neu' } },
      ],
    });
    expect(parseGoldCsv('title,answer_path,answer_note\nMug,"[""home"",""home.kitchen""]",{x\n')).toEqual({ ok: false, problems: ['row 1 (answer_note): starts like JSON but is not valid JSON'] });
    expect(parseGoldCsv('text,answer\nGood,"{""labels"":[""a""]}"\n')).toEqual({ ok: true, items: [{ input: { text: 'Good' }, answer: { labels: ['a'] } }] });
    expect(parseGoldCsv('title,answer_path\nMug,"[""home"",""home.kitchen""]"\n')).toEqual({ ok: true, items: [{ input: { title: 'Mug' }, answer: { path: ['home', 'home.kitchen'] } }] });
  });

  it('names every bad CSV row, and a header without an answer', () => {
    expect(parseGoldCsv('text,answer\ngood,"{""label"":""pos""}"\nbad,{label\nshort\nno answer,\n')).toEqual({
      ok: false,
      problems: ['row 2 (answer): is not valid JSON, e.g. {"label":"positive"}', 'row 3: expected 2 columns, found 1', 'row 4 (answer): give the right answer'],
    });
    expect(parseGoldCsv('text,label\na,b\n')).toEqual({ ok: false, problems: ['header (line 1): needs an "answer" column (the right answer as JSON) or "answer_FIELD" columns such as answer_label'] });
    expect(parseGoldCsv('text,answer,answer_label\n')).toMatchObject({ ok: false, problems: [expect.stringContaining('not both')] });
    expect(parseGoldCsv('answer_label\npos\n')).toMatchObject({ ok: false, problems: [expect.stringContaining('needs the item’s columns too')] });
    expect(parseGoldCsv('text,answer_label\n"open,pos\n')).toEqual({ ok: false, problems: ['line 2: a quoted field is never closed'] });
  });
});
