/**
 * The demo's media, generated in memory when first asked for: SVG "screenshots" of a made-up shop
 * and short WAV clips of tones and noise. Nothing is downloaded and nothing is written to disk.
 */
export interface MediaFile {
  contentType: string;
  body: Buffer;
}

/** A mono 8-bit PCM WAV file (the simplest format every browser plays) from samples in -1..1. */
export function wavFile(samples: Float32Array, sampleRate: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate, 28); // bytes per second: 1 byte per sample
  header.writeUInt16LE(1, 32); // block align
  header.writeUInt16LE(8, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(samples.length, 40);
  const data = Buffer.alloc(samples.length);
  for (let i = 0; i < samples.length; i++) data[i] = Math.round(128 + 127 * Math.max(-1, Math.min(1, samples[i])));
  return Buffer.concat([header, data]);
}

export interface ToneStep {
  /** Hertz; 0 for noise. */
  hz: number;
  seconds: number;
}

/** Tones and noise one after the other, with short fades so steps do not click. */
export function synthesise(steps: readonly ToneStep[], sampleRate = 8000, seed = 1): Float32Array {
  const total = steps.reduce((n, s) => n + Math.round(s.seconds * sampleRate), 0);
  const out = new Float32Array(total);
  let random = seed;
  const noise = () => {
    // A small deterministic generator (LCG), so the files are the same on every start.
    random = (random * 1_103_515_245 + 12_345) % 2 ** 31;
    return random / 2 ** 30 - 1;
  };
  let offset = 0;
  for (const step of steps) {
    const n = Math.round(step.seconds * sampleRate);
    const fade = Math.min(200, Math.floor(n / 4));
    for (let i = 0; i < n; i++) {
      const envelope = Math.min(1, i / (fade || 1), (n - i) / (fade || 1));
      const value = step.hz === 0 ? noise() * 0.3 : Math.sin((2 * Math.PI * step.hz * i) / sampleRate) * 0.6;
      out[offset + i] = value * envelope;
    }
    offset += n;
  }
  return out;
}

/** The clips of the demo audio project: short "utterances" of rising, falling and flat tones. */
export const DEMO_CLIPS: Record<string, ToneStep[]> = {
  'clip-1.wav': [{ hz: 330, seconds: 0.4 }, { hz: 392, seconds: 0.4 }, { hz: 494, seconds: 0.6 }],
  'clip-2.wav': [{ hz: 523, seconds: 0.5 }, { hz: 0, seconds: 0.3 }, { hz: 523, seconds: 0.5 }],
  'clip-3.wav': [{ hz: 494, seconds: 0.4 }, { hz: 392, seconds: 0.4 }, { hz: 262, seconds: 0.7 }],
  'clip-4.wav': [{ hz: 0, seconds: 0.6 }, { hz: 440, seconds: 0.8 }],
};

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Screen {
  title: string;
  /** A made-up problem drawn into the page, for the workers to point at. */
  issue: 'overlap' | 'contrast' | 'overflow';
}

export const DEMO_SCREENS: Record<string, Screen> = {
  'checkout.svg': { title: 'Checkout', issue: 'overlap' },
  'signup.svg': { title: 'Create your account', issue: 'contrast' },
  'product.svg': { title: 'Kettle 1.7 L — €39', issue: 'overflow' },
};

/** A 360×640 phone "screenshot" of a shop page, with one visible defect. */
export function screenshotSvg(screen: Screen): string {
  const field = (y: number, label: string) =>
    `<text x="24" y="${y}" font-size="13" fill="#5b6570">${escapeXml(label)}</text><rect x="24" y="${y + 8}" width="312" height="40" rx="6" fill="#fff" stroke="#c4ccd6"/>`;
  const button =
    screen.issue === 'overlap'
      ? // The button slides under the footer: the defect of this screen.
        `<rect x="24" y="566" width="312" height="48" rx="8" fill="#1f5fbf"/><text x="180" y="596" font-size="16" fill="#fff" text-anchor="middle">Pay now</text>`
      : `<rect x="24" y="470" width="312" height="48" rx="8" fill="${screen.issue === 'contrast' ? '#e8eef7' : '#1f5fbf'}"/><text x="180" y="500" font-size="16" fill="${screen.issue === 'contrast' ? '#f4f6fa' : '#fff'}" text-anchor="middle">Continue</text>`;
  const title =
    screen.issue === 'overflow'
      ? `<text x="24" y="120" font-size="30" font-weight="700" fill="#1b1f24">${escapeXml(screen.title)} — free delivery today only</text>`
      : `<text x="24" y="120" font-size="24" font-weight="700" fill="#1b1f24">${escapeXml(screen.title)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="640" viewBox="0 0 360 640" font-family="sans-serif">`,
    `<rect width="360" height="640" fill="#f6f7f9"/>`,
    `<rect width="360" height="56" fill="#1b1f24"/><text x="20" y="35" font-size="18" fill="#fff" font-weight="700">Demo Shop</text>`,
    `<rect x="300" y="18" width="40" height="20" rx="4" fill="#3a4350"/>`,
    title,
    field(160, 'Email'),
    field(240, screen.issue === 'overlap' ? 'Card number' : 'Password'),
    field(320, screen.issue === 'overlap' ? 'Expiry date' : 'Name'),
    button,
    `<rect y="580" width="360" height="60" fill="#dde2e8" opacity="0.96"/><text x="180" y="615" font-size="12" fill="#5b6570" text-anchor="middle">© Demo Shop · Terms · Privacy</text>`,
    `</svg>`,
  ].join('');
}

let files: Map<string, MediaFile> | null = null;

/** Every demo file by name (under `/media/demo/`), built once. */
export function demoMedia(): ReadonlyMap<string, MediaFile> {
  if (files) return files;
  files = new Map();
  for (const [name, screen] of Object.entries(DEMO_SCREENS)) {
    files.set(name, { contentType: 'image/svg+xml', body: Buffer.from(screenshotSvg(screen), 'utf8') });
  }
  for (const [name, steps] of Object.entries(DEMO_CLIPS)) {
    files.set(name, { contentType: 'audio/wav', body: wavFile(synthesise(steps, 8000, name.length), 8000) });
  }
  return files;
}
