/**
 * Key quotes: the few quotations that best carry the story, ranked, for the popup.
 *
 * Score (hand-tuned, explained inline): a named speaker, a substantive length, an early position in the
 * story, a speaker who is quoted more than once (the story is about them); penalties for crowd reactions,
 * fragments and quotes that merely repeat the headline or an earlier pick. Picks are ranked best first,
 * with a small preference for a new voice over a third quote from the same person.
 */
import type { Quote } from '../types';

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of the shorter text's words found in the other: 1 = one repeats the other. */
function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.length, wb.size);
}

const CROWD = /^(네티즌|누리꾼|시청자|팬|댓글|관객|독자|시민)들?$/;

export function pickKeyQuotes(
  quotes: Quote[],
  paragraphs: string[],
  max = 3,
  headline?: string | null,
): Quote[] {
  if (quotes.length === 0 || max <= 0) return [];
  const story = paragraphs.join('\n');
  const perSpeaker = new Map<string, number>();
  for (const q of quotes) if (q.speaker) perSpeaker.set(q.speaker, (perSpeaker.get(q.speaker) ?? 0) + 1);

  const scored = quotes.map((q, i) => {
    const len = q.text.replace(/\s+/g, '').length;
    let score = 0;
    // A quote someone can be held to matters more than an anonymous one.
    if (q.speaker) score += CROWD.test(q.speaker) ? 0.2 : 2;
    // 25–150 characters is a statement; shorter is a fragment, longer a transcript.
    if (len < 8) score -= 2;
    else if (len < 20) score += 0.2;
    else if (len <= 150) score += 1.5;
    else score += 0.8;
    // Early quotes usually carry the lede; late ones colour.
    // (On a very long list the quote's rank stands in for its place: searching the story for each is slow.)
    const at = quotes.length <= 300 ? story.indexOf(q.text) : -1;
    const position = at >= 0 ? at / Math.max(1, story.length) : i / quotes.length;
    score += 1 - position;
    // The person the story is about is quoted more than once.
    if (q.speaker && (perSpeaker.get(q.speaker) ?? 0) > 1) score += 0.5;
    if (headline && overlap(q.text, headline) > 0.8) score -= 1.5;
    return { q, score, i };
  });

  // Greedy: the best remaining quote each time, a little less for a speaker already shown (more voices
  // tell more of the story) and never a near-repeat of a quote already picked.
  const picked: typeof scored = [];
  const left = [...scored];
  while (picked.length < max && left.length > 0) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < left.length; k++) {
      const c = left[k];
      if (picked.some((p) => overlap(p.q.text, c.q.text) > 0.7)) continue;
      const repeat = c.q.speaker && picked.some((p) => p.q.speaker === c.q.speaker) ? 0.8 : 0;
      const s = c.score - repeat;
      if (s > bestScore || (s === bestScore && best >= 0 && c.i < left[best].i)) {
        best = k;
        bestScore = s;
      }
    }
    if (best < 0) break;
    picked.push(left[best]);
    left.splice(best, 1);
  }
  return picked.map((p) => p.q);
}
