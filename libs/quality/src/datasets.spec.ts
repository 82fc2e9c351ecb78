// Accuracy on a public dataset with ground truth, read from ../shared/data beside the repository (never
// copied into it). On a machine without that folder the test is skipped and says why.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodeAnswers } from './answers';
import { parseAnswersCsv, parseTruthCsv } from './csv';
import { dawidSkene } from './dawid-skene';
import { accuracyAgainstTruth } from './evaluate';
import { majorityVote } from './majority-vote';

const possent = fileURLToPath(new URL('../../../../shared/data/d-possent/', import.meta.url));
const exists = existsSync(`${possent}answers.csv`) && existsSync(`${possent}truth.csv`);

describe('public dataset d-possent (tweet sentiment, 20,000 answers)', () => {
  it.skipIf(!exists)(
    exists ? 'Dawid-Skene reaches ≥ 0.955 and majority vote ≥ 0.92 accuracy' : `skipped: ${possent} is absent`,
    () => {
      const encoded = encodeAnswers(parseAnswersCsv(readFileSync(`${possent}answers.csv`, 'utf8')));
      const truth = parseTruthCsv(readFileSync(`${possent}truth.csv`, 'utf8'));
      expect(truth.length).toBe(1000);
      const ds = accuracyAgainstTruth(encoded, dawidSkene(encoded), truth);
      const mv = accuracyAgainstTruth(encoded, majorityVote(encoded), truth);
      expect(ds.accuracy).toBeGreaterThanOrEqual(0.955);
      expect(mv.accuracy).toBeGreaterThanOrEqual(0.92);
      expect(ds.accuracy).toBeGreaterThan(mv.accuracy);
    },
  );
});
