/** The formats of the API's results export: one line per published item, with its answer and confidence. */
export type ExportFormat = 'csv' | 'jsonl';
