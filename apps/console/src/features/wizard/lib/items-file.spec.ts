import { describe, expect, it } from 'vitest';
import { readTaxonomyFile } from '../components/KindConfigEditor';
import { fieldOfHeader, parseKindItemsFile } from './items-file';

describe('items files of the other kinds', () => {
  it('reads CSV headers in any spelling of the input fields', () => {
    expect(fieldOfHeader('screenshot_url', 'UI_FEEDBACK')).toBe('screenshotUrl');
    expect(fieldOfHeader(' Page URL ', 'UI_FEEDBACK')).toBe('pageUrl');
    expect(fieldOfHeader('text', 'UI_FEEDBACK')).toBeUndefined();
  });

  it('reads categorisation CSV, with quoted line breaks and blank optional cells', () => {
    const csv = 'title,description,image_url\n"Kettle, 1.7 L","Boils fast\nAuto off",\nToaster,,/media/t.png\n';
    expect(parseKindItemsFile('CATEGORIZATION', 'p.csv', csv.length, csv)).toEqual({
      items: [{ title: 'Kettle, 1.7 L', description: 'Boils fast\nAuto off' }, { title: 'Toaster', imageUrl: '/media/t.png' }],
      errors: [],
    });
  });

  it('reports each bad row with its field, numbered as the server does (header, blank lines and line breaks in quotes not counted)', () => {
    const csv = 'title,description\n"Kettle\nwith a break",ok\n\n,no title\n';
    expect(parseKindItemsFile('CATEGORIZATION', 'p.csv', csv.length, csv).errors).toEqual([{ row: 2, field: 'title', message: 'Required.', reason: { key: 'field.required', params: {} } }]);
    const jsonl = '{"audioUrl":"/media/demo/clip-1.wav","durationSeconds":1.5}\n\n{"audioUrl":"ftp://x"}\nnot json\n';
    const audio = parseKindItemsFile('AUDIO', 'a.jsonl', jsonl.length, jsonl);
    expect(audio.items).toEqual([{ audioUrl: '/media/demo/clip-1.wav', durationSeconds: 1.5 }]);
    expect(audio.errors).toEqual([
      { row: 3, message: 'jsonInvalid' },
      { row: 2, field: 'audioUrl', message: 'Must be an http(s) URL or a path starting with "/".', reason: { key: 'field.notUrlOrPath', params: {} } },
    ]);
  });

  it('tells which row opens a quote that is never closed', () => {
    const csv = 'title,description\nKettle,ok\n\n"Toaster,never closed\nFan,ok\n';
    expect(parseKindItemsFile('CATEGORIZATION', 'p.csv', csv.length, csv).errors).toEqual([{ row: 2, message: 'csvUnclosedQuote' }]);
  });

  it('refuses unknown columns, naming each, other file types and big files', () => {
    expect(parseKindItemsFile('UI_FEEDBACK', 'a.csv', 10, 'url,comment\nx,y').errors).toEqual([
      { column: 'url', message: 'csvUnknownColumn' },
      { column: 'comment', message: 'csvUnknownColumn' },
    ]);
    expect(parseKindItemsFile('UI_FEEDBACK', 'a.csv', 10, 'screenshot_url,Note\n/s.png,y').errors).toEqual([{ column: 'Note', message: 'csvUnknownColumn' }]);
    expect(parseKindItemsFile('AUDIO', 'a.xlsx', 10, '').errors).toEqual([{ message: 'fileType' }]);
    expect(parseKindItemsFile('AUDIO', 'a.csv', 6 * 1024 * 1024, '').errors).toEqual([{ message: 'tooBig' }]);
  });
});

describe('taxonomy files', () => {
  it('reads CSV and nested JSON, and shows CSV errors by line', () => {
    const csv = 'id,label,parent_id\nhome,Home,\nhome.k,Kettles,home\nhome.t,Toasters,home\n';
    expect(readTaxonomyFile('t.csv', csv)?.nodes).toHaveLength(3);
    const json = JSON.stringify([{ label: 'Home', children: [{ label: 'Kettles' }, { label: 'Toasters' }] }]);
    expect(readTaxonomyFile('t.json', json)?.nodes?.map((n) => n.id)).toEqual(['home', 'home.kettles', 'home.toasters']);
    const bad = readTaxonomyFile('t.csv', 'id,label,parent_id\na,A,\nb,B,zzz\n');
    expect(bad?.nodes).toBeNull();
    expect(bad?.errors[0]).toMatchObject({ line: 3, path: 'parent_id' });
    expect(readTaxonomyFile('t.txt', '')).toBeNull();
  });
});
