/**
 * The blocks the reader hid with the block picker, per site, with the day each was picked and a way to
 * remove it (the block then shows again, at once on an open page). The selectors themselves also stay
 * editable in the site's selector box; this list is the plain view of what the picker saved.
 */
import { formatAbsolute } from '../shared/format-date';
import { t, uiLanguage } from '../shared/i18n';
import type { SiteSettings } from '../shared/options';

interface Picked {
  host: string;
  selector: string;
  at: string;
}

function pickedOf(sites: Record<string, SiteSettings>): Picked[] {
  return Object.entries(sites)
    .flatMap(([host, s]) => Object.entries(s.picked ?? {}).map(([selector, at]) => ({ host, selector, at })))
    .sort((a, b) => a.host.localeCompare(b.host) || b.at.localeCompare(a.at));
}

export function PickedBlocks({
  sites,
  onRemove,
}: {
  sites: Record<string, SiteSettings>;
  onRemove: (host: string, selector: string) => void;
}) {
  const picked = pickedOf(sites);
  const lang = uiLanguage();
  return (
    <section data-testid="picked-blocks">
      <h2>{t('optPicked')}</h2>
      <p class="help">{t('optPickedHelp')}</p>
      {picked.length === 0 ? (
        <p class="help">{t('optPickedNone')}</p>
      ) : (
        <ul class="sites picked">
          {picked.map((p) => (
            <li
              key={`${p.host} ${p.selector}`}
              class="site"
              data-testid="picked-block"
              data-host={p.host}
              data-selector={p.selector}
            >
              <strong>{p.host}</strong> <code>{p.selector}</code>{' '}
              <time dateTime={p.at} class="help">
                {t('optPickedAt', formatAbsolute(p.at, lang))}
              </time>{' '}
              {p.selector.includes(':nth-of-type(') && (
                <span class="help" data-testid="picked-positional">
                  ({t('optPickedPositional')}){' '}
                </span>
              )}
              <button
                type="button"
                class="link"
                data-testid="picked-remove"
                onClick={() => onRemove(p.host, p.selector)}
              >
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
