/**
 * One site in the options page's list: its automatic clean-up (the default, on or off; turning it on for an
 * unknown host asks for the host permission) and, under 고급, extra selectors to hide there.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { isKnownHost, knownPatterns, type SiteSettings, selectorError } from '../shared/options';

export const originFor = (host: string) => `*://${host}/*`;

type Mode = 'default' | 'on' | 'off';

/**
 * The site's settings with `auto` set (undefined: follow the default), or null when the host permission that
 * turning it on needs was refused. Called straight from the click: the permission prompt needs the gesture.
 */
function withAuto(host: string, site: SiteSettings, auto: boolean | undefined): Promise<SiteSettings | null> {
  // Spread, not rebuilt: the picker's dates (and anything added later) stay with the site.
  const next: SiteSettings = { ...site };
  if (auto === undefined) delete next.auto;
  else next.auto = auto;
  const needsAccess = auto === true && !isKnownHost(host, knownPatterns());
  const granted = needsAccess
    ? browser.permissions.request({ origins: [originFor(host)] })
    : Promise.resolve(true);
  return granted.then(
    (ok) => (ok ? next : null),
    () => null,
  );
}

/** The extra selectors typed, one a line; the first invalid one, if any. */
function parseSelectors(text: string): { lines: string[]; bad: string | undefined } {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return { lines, bad: lines.find((l) => selectorError(l, document) !== null) };
}

function AutoModes({ mode, onPick }: { mode: Mode; onPick: (auto: boolean | undefined) => void }) {
  const modeButton = (value: Mode, label: string, auto: boolean | undefined) => (
    <button
      type="button"
      data-testid={`site-auto-${value}`}
      aria-pressed={mode === value}
      class={mode === value ? 'seg on' : 'seg'}
      onClick={() => onPick(auto)}
    >
      {label}
    </button>
  );
  return (
    <fieldset class="segments" aria-label={t('optSiteAuto')} data-testid="site-auto" data-value={mode}>
      {modeButton('default', t('optSiteDefault'), undefined)}
      {modeButton('on', t('optOn'), true)}
      {modeButton('off', t('optOff'), false)}
    </fieldset>
  );
}

function SelectorBox(props: {
  open: boolean;
  text: string;
  onInput: (text: string) => void;
  onBlur: () => void;
}) {
  return (
    <details class="advanced" open={props.open || undefined}>
      <summary>{t('optAdvanced')}</summary>
      <p class="help">{t('optSelectorsHelp')}</p>
      <label class="block">
        {t('optSelectors')}
        <textarea
          data-testid="site-selectors"
          rows={3}
          spellcheck={false}
          value={props.text}
          onInput={(e) => props.onInput((e.currentTarget as HTMLTextAreaElement).value)}
          onBlur={props.onBlur}
        />
      </label>
    </details>
  );
}

export function SiteRow({
  host,
  site,
  onChange,
  onRemove,
}: {
  host: string;
  site: SiteSettings;
  onChange: (host: string, s: SiteSettings) => Promise<boolean>;
  onRemove: (host: string) => void;
}) {
  const [text, setText] = useState(site.selectors.join('\n'));
  const [error, setError] = useState('');
  // Follow stored changes (another tab, the popup) without wiping what is being typed when others save.
  const stored = site.selectors.join('\n');
  useEffect(() => setText(stored), [stored]);

  const setAuto = (auto: boolean | undefined) =>
    withAuto(host, site, auto).then((next) => {
      if (next) onChange(host, next);
      else setError(t('optPermissionDenied'));
    });
  const saveSelectors = () => {
    const { lines, bad } = parseSelectors(text);
    setError(bad ? t('optSelectorError', bad) : '');
    if (!bad) onChange(host, { ...site, selectors: lines });
  };
  return (
    <li class="site" data-testid="site-row" data-host={host}>
      <div class="site-head">
        <strong>{host}</strong>
        <AutoModes mode={site.auto === undefined ? 'default' : site.auto ? 'on' : 'off'} onPick={setAuto} />
        <button type="button" class="link" data-testid="site-remove" onClick={() => onRemove(host)}>
          {t('optRemove')}
        </button>
      </div>
      <SelectorBox open={site.selectors.length > 0} text={text} onInput={setText} onBlur={saveSelectors} />
      {error && (
        <p class="error" data-testid="selector-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
