/**
 * Key quotes as a compact strip: closed, it is one line (the count and the first quote), so the story's
 * first lines stay on the first screen; opened, the quotes with their speakers, each a link into the page.
 */
import type { Quote } from '../core/types';
import { t } from '../shared/i18n';

export function KeyQuotes({ quotes, onQuote }: { quotes: Quote[]; onQuote: (text: string) => void }) {
  if (!quotes.length) return null;
  return (
    <details class="quotes" data-testid="key-quotes">
      <summary>
        <span class="quotes-label">
          {t('labelKeyQuotes')} <span class="count">{quotes.length}</span>
        </span>
        <span class="preview" aria-hidden="true">
          “{quotes[0].text}”
        </span>
      </summary>
      <ul>
        {quotes.map((q, i) => (
          <li key={`${i}${q.text.slice(0, 12)}`} data-testid="key-quote">
            <button type="button" class="quote" title={t('quoteJump')} onClick={() => onQuote(q.text)}>
              <q data-testid="quote-text">{q.text}</q>
              <span class="speaker" data-testid="quote-speaker">
                {q.speaker ?? t('labelUnknownSpeaker')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
