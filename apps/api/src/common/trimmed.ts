import { Transform } from 'class-transformer';

/** Trims a text field before its checks run, so a value of spaces is refused rather than saved empty. */
export const Trimmed = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
