import type { AuthorContext } from '../src/core/metadata/authors';
import type { ArticlePage } from '../src/core/page';
import type { Author } from '../src/core/types';

export interface BylineSuiteCore {
  collectAuthors: (page: ArticlePage, ctx: AuthorContext) => Author[];
  readArticlePage: (doc: Document, url: string) => ArticlePage;
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
