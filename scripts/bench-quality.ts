// Benchmark of @fourmi/quality: accuracy of every method on the public datasets in ../shared/data
// (beside the published figures) and the time of a full Dawid-Skene run over 1,000,000 synthetic answers,
// against a straightforward object-based implementation as the reference baseline.
// Run: node scripts/run-ts.mjs scripts/bench-quality.ts   Writes the "## Quality aggregation" section of
// docs/benchmarks.md.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchSection } from './bench-report';
import {
  accuracyAgainstTruth,
  agreementAccuracy,
  dawidSkene,
  encodeAnswers,
  majorityVote,
  oneCoinWeight,
  parseAnswersCsv,
  parseTruthCsv,
  weightedVote,
  type Answers,
} from '@fourmi/quality';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(repoRoot, '../shared/data');
const COMMAND = 'node scripts/run-ts.mjs scripts/bench-quality.ts';

/** Published accuracies from ../shared/data/README.md (Z17 = Zheng et al., PVLDB 2017). */
const DATASETS: { name: string; publishedMv: number | null; publishedDs: number }[] = [
  { name: 'd-product', publishedMv: 0.8966, publishedDs: 0.9366 },
  { name: 'd-possent', publishedMv: 0.9331, publishedDs: 0.96 },
  { name: 'dog', publishedMv: null, publishedDs: 0.8426 },
];

const SYNTHETIC = { items: 100_000, answersPerItem: 10, labels: 4, workers: 1_000, iterations: 20, seed: 42 };

const fmt = (x: number | null, digits = 4): string => (x === null ? '—' : x.toFixed(digits));
const ms = (x: number): string => `${x.toFixed(0)} ms`;

function datasetRows(): string[] {
  if (!existsSync(dataDir)) {
    console.log(`skipping the datasets: ${dataDir} is absent`);
    return [];
  }
  const rows: string[] = [];
  for (const d of DATASETS) {
    const answersFile = join(dataDir, d.name, 'answers.csv');
    const truthFile = join(dataDir, d.name, 'truth.csv');
    if (!existsSync(answersFile) || !existsSync(truthFile)) {
      console.log(`skipping ${d.name}: ${answersFile} or ${truthFile} is absent`);
      continue;
    }
    const encoded = encodeAnswers(parseAnswersCsv(readFileSync(answersFile, 'utf8')));
    const truth = parseTruthCsv(readFileSync(truthFile, 'utf8'));
    const nLabels = encoded.labelNames.length;
    const mv = majorityVote(encoded);
    const accuracy = agreementAccuracy(encoded, mv.labels);
    const wmv = weightedVote(encoded, Array.from(accuracy, (p) => oneCoinWeight(p, nLabels)));
    const start = performance.now();
    const ds = dawidSkene(encoded);
    const dsTime = performance.now() - start;
    const score = (r: Parameters<typeof accuracyAgainstTruth>[1]): number => accuracyAgainstTruth(encoded, r, truth).accuracy;
    const row = [
      d.name,
      encoded.items.length.toLocaleString('en-US'),
      fmt(score(mv)),
      fmt(d.publishedMv),
      fmt(score(wmv)),
      fmt(score(ds)),
      fmt(d.publishedDs),
      `${ds.iterations}${ds.converged ? '' : ' (max)'}`,
      ms(dsTime),
    ];
    console.log(row.join('  '));
    rows.push(`| ${row.join(' | ')} |`);
  }
  return rows;
}

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Synthetic answers: uniform true labels; each worker has a random confusion matrix (diagonal 0.35..0.95,
 * the rest spread at random); each item gets distinct workers; answers shuffled (no helpful order).
 */
function synthetic(): { answers: Answers; truth: Int32Array } {
  const { items: nItems, answersPerItem: m, labels: K, workers: nWorkers } = SYNTHETIC;
  const rand = random(SYNTHETIC.seed);
  const cumulative = new Float64Array(nWorkers * K * K);
  for (let w = 0; w < nWorkers; w++) {
    for (let k = 0; k < K; k++) {
      const row = new Float64Array(K);
      const right = 0.35 + 0.6 * rand();
      let rest = 0;
      for (let l = 0; l < K; l++) if (l !== k) rest += row[l] = rand();
      for (let l = 0; l < K; l++) row[l] = l === k ? right : ((1 - right) * row[l]) / rest;
      let acc = 0;
      for (let l = 0; l < K; l++) cumulative[(w * K + k) * K + l] = acc += row[l];
    }
  }
  const n = nItems * m;
  const items = new Int32Array(n);
  const workers = new Int32Array(n);
  const labels = new Int32Array(n);
  const truth = new Int32Array(nItems);
  const chosen = new Int32Array(m);
  let a = 0;
  for (let i = 0; i < nItems; i++) {
    const k = Math.floor(rand() * K);
    truth[i] = k;
    for (let j = 0; j < m; j++) {
      let w: number;
      do w = Math.floor(rand() * nWorkers);
      while (chosen.subarray(0, j).includes(w));
      chosen[j] = w;
      const u = rand();
      let l = 0;
      while (l < K - 1 && u >= cumulative[(w * K + k) * K + l]) l++;
      items[a] = i;
      workers[a] = w;
      labels[a] = l;
      a++;
    }
  }
  for (let x = n - 1; x > 0; x--) {
    const y = Math.floor(rand() * (x + 1));
    [items[x], items[y]] = [items[y], items[x]];
    [workers[x], workers[y]] = [workers[y], workers[x]];
    [labels[x], labels[y]] = [labels[y], labels[x]];
  }
  return { answers: { items, workers, labels }, truth };
}

/**
 * Reference baseline: the same EM written the obvious way (an object per answer, nested arrays, a
 * posterior array per item), to show what the typed-array layout buys.
 */
function referenceDawidSkene(answers: Answers, nItems: number, nWorkers: number, K: number, iterations: number, s = 0.01): number[] {
  const list = Array.from(answers.items, (item, a) => ({ item, worker: answers.workers[a], label: answers.labels[a] }));
  let T: number[][] = Array.from({ length: nItems }, () => new Array<number>(K).fill(0));
  for (const x of list) T[x.item][x.label]++;
  T = T.map((row) => {
    const sum = row.reduce((p, q) => p + q, 0);
    return row.map((v) => v / sum);
  });
  for (let it = 0; it < iterations; it++) {
    const priors = new Array<number>(K).fill(s);
    for (const row of T) row.forEach((v, k) => (priors[k] += v));
    const priorSum = priors.reduce((p, q) => p + q, 0);
    const cm = Array.from({ length: nWorkers }, () => Array.from({ length: K }, () => new Array<number>(K).fill(s)));
    for (const x of list) for (let k = 0; k < K; k++) cm[x.worker][k][x.label] += T[x.item][k];
    for (const worker of cm) {
      for (const row of worker) {
        const sum = row.reduce((p, q) => p + q, 0);
        row.forEach((v, l) => (row[l] = Math.log(v / sum)));
      }
    }
    const logT = Array.from({ length: nItems }, () => priors.map((p) => Math.log(p / priorSum)));
    for (const x of list) for (let k = 0; k < K; k++) logT[x.item][k] += cm[x.worker][k][x.label];
    T = logT.map((row) => {
      const max = Math.max(...row);
      const e = row.map((v) => Math.exp(v - max));
      const sum = e.reduce((p, q) => p + q, 0);
      return e.map((v) => v / sum);
    });
  }
  return T.map((row) => row.indexOf(Math.max(...row)));
}

function syntheticRows(): string[] {
  const { items: nItems, workers: nWorkers, labels: K, iterations } = SYNTHETIC;
  const { answers, truth } = synthetic();
  const n = answers.items.length;
  const options = { nItems, nWorkers, nLabels: K, maxIterations: iterations, tolerance: 0 };
  const times: number[] = [];
  let start = performance.now();
  let ds = dawidSkene(answers, options);
  const cold = performance.now() - start;
  for (let run = 0; run < 3; run++) {
    start = performance.now();
    ds = dawidSkene(answers, options);
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  const median = times[1];
  start = performance.now();
  const mv = majorityVote(answers, nItems, K);
  const mvTime = performance.now() - start;
  start = performance.now();
  const reference = referenceDawidSkene(answers, nItems, nWorkers, K, iterations);
  const referenceTime = performance.now() - start;
  let dsRight = 0;
  let mvRight = 0;
  let same = 0;
  for (let i = 0; i < nItems; i++) {
    if (ds.labels[i] === truth[i]) dsRight++;
    if (mv.labels[i] === truth[i]) mvRight++;
    if (ds.labels[i] === reference[i]) same++;
  }
  console.log(
    `synthetic: ${n} answers, DS ${iterations} iterations: median ${ms(median)} (warm runs ${times.map(ms).join(', ')}; cold ${ms(cold)}), ` +
      `reference ${ms(referenceTime)} (×${(referenceTime / median).toFixed(1)}), MV ${ms(mvTime)}; ` +
      `accuracy DS ${fmt(dsRight / nItems)} MV ${fmt(mvRight / nItems)}; DS = reference on ${fmt(same / nItems)} of items`,
  );
  return [
    `| Dawid-Skene, this library, first (cold) run | ${ms(cold)} | ${ms(cold / iterations)} |`,
    `| Dawid-Skene, this library, median of the next 3 runs | ${ms(median)} | ${ms(median / iterations)} |`,
    `| Dawid-Skene, object-based reference, same algorithm | ${ms(referenceTime)} | ${ms(referenceTime / iterations)} |`,
    `| majority vote (one pass) | ${ms(mvTime)} | — |`,
    '',
    `Speed-up over the reference: ×${(referenceTime / median).toFixed(1)}. Goal: < 2,000 ms. ` +
      `Accuracy against the synthetic truth: DS ${fmt(dsRight / nItems)}, MV ${fmt(mvRight / nItems)}; ` +
      `the library and the reference agree on ${fmt(same / nItems)} of the items.`,
  ];
}

const datasets = datasetRows();
const timing = syntheticRows();
const cpu = cpus();
const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${platform()} ${release()}, Node ${process.version}`;
const { items, answersPerItem, labels, workers, iterations } = SYNTHETIC;
const section = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, with \`${COMMAND}\`.`,
  '',
  '### Accuracy on public datasets',
  '',
  datasets.length === 0
    ? `Not measured: \`../shared/data\` was absent.`
    : [
        'Fraction of gold items right. MV ties go to the label voted first (the paper breaks them at random); WMV weights',
        'workers by their agreement with MV (one-coin log-odds of a Beta(0.7·4, 0.3·4)-smoothed agreement rate); DS is',
        'Dawid-Skene from MV, smoothing 0.01, at most 50 iterations, tolerance 1e-6. On d-possent (20 answers per item)',
        '43 of 1,000 items tie 10–10, so its MV figure depends on the tie rule (seeded random ties: 0.937–0.940).',
        '',
        '| dataset | answers | MV | MV published | WMV | DS | DS published | DS iterations | DS time |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        ...datasets,
      ].join('\n'),
  '',
  '### Dawid-Skene speed',
  '',
  `${(items * answersPerItem).toLocaleString('en-US')} synthetic answers (${items.toLocaleString('en-US')} items × ${answersPerItem}, ` +
    `${labels} classes, ${workers.toLocaleString('en-US')} workers with random confusion matrices, answers in random order), ` +
    `${iterations} EM iterations.`,
  '',
  '| run | total | per iteration |',
  '| --- | ---: | ---: |',
  ...timing,
  '',
].join('\n');
const benchFile = join(repoRoot, 'docs', 'benchmarks.md');
writeBenchSection(benchFile, 'Quality aggregation', section);
console.log(`wrote ${benchFile}`);
