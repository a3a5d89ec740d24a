import type { AuthorContext } from '../src/core/metadata/authors';
import type { Author } from '../src/core/types';

export interface BylineSuiteCore {
  collectAuthors: (doc: Document, ctx: AuthorContext) => Author[];
  trimUnits: (
    units: { kind: 'p'; text: string; html: string }[],
    title: string | null,
  ) => { units: { text: string }[] };
}
export interface BylineSuiteResult {
  cases: number;
  reporterExact: number;
  datelineStripped: number;
  failures: object[];
}
export function runBylineSuite(core?: BylineSuiteCore | null, file?: string): Promise<BylineSuiteResult>;
