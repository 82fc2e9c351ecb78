import { describe, expect, it } from 'vitest';
import { csvField, csvHeader, csvLine, type ExportItem, fileStem, jsonlLine } from './export.service';

const item = (over: Partial<ExportItem> = {}): ExportItem => ({
  itemId: '7',
  batchId: 'b-1',
  input: { text: 'Hi' },
  answer: 'yes',
  confidence: 2 / 3,
  votes: 2,
  answerCount: 3,
  answers: [
    { workerId: 'W-1', voteKey: 'yes', answer: { label: 'yes' }, status: 'ACCEPTED', submittedAt: '2026-01-01T00:00:00Z' },
    { workerId: 'W-2', voteKey: 'yes', answer: { label: 'yes' }, status: 'SUBMITTED', submittedAt: '2026-01-01T00:00:01Z' },
    { workerId: 'W-3', voteKey: 'no', answer: { label: 'no' }, status: 'REJECTED', submittedAt: '2026-01-01T00:00:02Z' },
  ],
  ...over,
});

describe('export lines', () => {
  it('quotes CSV fields per RFC 4180 only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField('')).toBe('');
  });

  it('writes a header naming the input columns, and records ending in CRLF', () => {
    expect(csvHeader(['imageUrl', 'text'])).toBe('item_id,batch_id,input.imageUrl,input.text,answer,confidence,votes,answer_count,answers,answers_given,answer_statuses\r\n');
    expect(csvLine(item(), ['imageUrl', 'text'])).toBe('7,b-1,,Hi,yes,0.6667,2,3,yes|yes|no,"[{""label"":""yes""},{""label"":""yes""},{""label"":""no""}]",ACCEPTED|SUBMITTED|REJECTED\r\n');
  });

  it('writes non-string inputs as JSON, an item without consensus with empty cells, and escapes | in keys', () => {
    expect(csvLine(item({ input: { meta: { a: 1 }, text: 'x, y' } }), ['meta', 'text'])).toBe('7,b-1,"{""a"":1}","x, y",yes,0.6667,2,3,yes|yes|no,"[{""label"":""yes""},{""label"":""yes""},{""label"":""no""}]",ACCEPTED|SUBMITTED|REJECTED\r\n');
    expect(csvLine(item({ answer: null, confidence: null, votes: null, answerCount: 0, answers: [] }), ['text'])).toBe('7,b-1,Hi,,,,0,,[],\r\n');
    const multi = item({ answers: [{ workerId: 'W-1', voteKey: 'hate|spam', answer: { labels: ['spam', 'hate'] }, status: 'ACCEPTED', submittedAt: '' }, { workerId: 'W-2', voteKey: 'a\\b', answer: {}, status: 'ACCEPTED', submittedAt: '' }] });
    expect(csvLine(multi, [])).toBe('7,b-1,yes,0.6667,2,3,hate\\|spam|a\\\\b,"[{""labels"":[""spam"",""hate""]},{}]",ACCEPTED|ACCEPTED\r\n');
  });

  it('keeps the whole of each answer beside its vote key: a UI feedback’s rating, comment and clicks', () => {
    const feedback = { category: 'layout', rating: 2, comment: 'Button hidden, on a phone', clicks: [{ x: 0.5, y: 0.25 }] };
    const line = csvLine(item({ answers: [{ workerId: 'W-1', voteKey: 'layout', answer: feedback, status: 'SUBMITTED', submittedAt: '' }] }), []);
    const cells = line.match(/^7,b-1,yes,0.6667,2,3,layout,"(.*)",SUBMITTED\r\n$/);
    expect(JSON.parse((cells?.[1] ?? '').replace(/""/g, '"'))).toEqual([feedback]);
  });

  it('writes one JSON object per line', () => {
    const line = jsonlLine(item());
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(item());
  });

  it('makes a safe ASCII file name from any project name', () => {
    expect(fileStem('Sentiment')).toBe('Sentiment');
    expect(fileStem('Été "2026" / avis')).toBe('Ete-2026-avis');
    expect(fileStem('../../etc')).toBe('etc');
    expect(fileStem('日本')).toBe('project');
  });
});
