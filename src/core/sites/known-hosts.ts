/**
 * The one list of known Korean news hosts: every site rule's hosts plus the outlets that have no rule of
 * their own (the generic path reads them well). build.mjs turns it into the manifest's host permissions
 * (where automatic clean-up runs by default) and the early-hide stylesheet; nothing else lists hosts.
 */
import { SITES } from './index';

/** Known outlets without a site rule: cleaned by the generic Korean heuristics alone. */
export const OUTLETS_WITHOUT_RULES: readonly string[] = [
  'kmib.co.kr',
  'munhwa.com',
  'sedaily.com',
  'fnnews.com',
  'asiae.co.kr',
  'etnews.com',
  'ohmynews.com',
  'pressian.com',
  'nocutnews.co.kr',
  'daejonilbo.com',
];

/** Every known host (rule hosts and rule-less outlets), without hosts another entry already covers. */
export function knownHosts(): string[] {
  const all = [...new Set([...SITES.flatMap((s) => s.hosts), ...OUTLETS_WITHOUT_RULES])];
  return all.filter((h) => !all.some((g) => g !== h && h.endsWith(`.${g}`))).sort();
}

/** Match patterns for the known hosts: a host covers its subdomains, as findSite matches suffixes. */
export function knownHostPatterns(): string[] {
  return knownHosts().map((h) => `*://*.${h}/*`);
}
