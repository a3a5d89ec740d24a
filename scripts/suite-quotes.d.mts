import type { Quote } from '../src/core/types';

export interface QuoteCase {
  paragraphs: string[];
  quote: string;
  speaker: string | null;
}
export interface QuoteFailure {
  quote: string;
  expected: string | null;
  got: string | null;
  found: boolean;
}
export interface QuoteSuiteResult {
  cases: number;
  precision: number;
  recall: number;
  nullAccuracy: number;
  notFound: number;
  failures: QuoteFailure[];
}
export function readCases(file?: string): QuoteCase[];
export function scoreCases(
  cases: QuoteCase[],
  findQuotes: (paragraphs: string[]) => Quote[],
): QuoteSuiteResult;
export function runQuoteSuite(file?: string): Promise<QuoteSuiteResult>;
