import { describe, expect, it } from 'vitest';
import { demoMedia, screenshotSvg, synthesise, wavFile } from './demo-media';

describe('demo media', () => {
  it('writes a valid 8-bit mono PCM WAV header', () => {
    const wav = wavFile(synthesise([{ hz: 440, seconds: 0.5 }], 8000), 8000);
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.toString('ascii', 8, 16)).toBe('WAVEfmt ');
    expect(wav.readUInt16LE(20)).toBe(1); // PCM
    expect(wav.readUInt16LE(22)).toBe(1); // mono
    expect(wav.readUInt32LE(24)).toBe(8000);
    expect(wav.readUInt32LE(40)).toBe(4000);
    expect(wav.length).toBe(44 + 4000);
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
  });

  it('is small, deterministic and escapes text in the SVGs', () => {
    const files = demoMedia();
    for (const [name, file] of files) expect(file.body.length, name).toBeLessThan(20_000);
    expect(Buffer.compare(wavFile(synthesise([{ hz: 0, seconds: 0.1 }], 8000, 3), 8000), wavFile(synthesise([{ hz: 0, seconds: 0.1 }], 8000, 3), 8000))).toBe(0);
    expect(screenshotSvg({ title: '<script>x</script>', issue: 'contrast' })).not.toContain('<script>');
  });
});
