/**
 * The options page: automatic clean-up (global and per site), extra selectors per site, reader defaults,
 * the toolbar button's action and the export options. Every change is saved at once (storage.sync via
 * src/shared/options.ts); a bad selector is refused with a message and never reaches a page.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import {
  isKnownHost,
  knownPatterns,
  loadOptions,
  type Options,
  parseHost,
  READER_LIMITS,
  type ReaderPrefs,
  removePickedSelector,
  type SiteSettings,
  saveOptions,
  selectorError,
} from '../shared/options';
import { AllSites } from './all-sites';
import { PickedBlocks } from './picked-blocks';

const originFor = (host: string) => `*://${host}/*`;

function SiteRow({
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

  const setAuto = (auto: boolean | undefined) => {
    // Spread, not rebuilt: the picker's dates (and anything added later) stay with the site.
    const next: SiteSettings = { ...site };
    if (auto === undefined) delete next.auto;
    else next.auto = auto;
    // The permission prompt must come straight from the click.
    const needsAccess = auto === true && !isKnownHost(host, knownPatterns());
    const granted = needsAccess
      ? browser.permissions.request({ origins: [originFor(host)] })
      : Promise.resolve(true);
    granted.then(
      (ok) => {
        if (ok) onChange(host, next);
        else setError(t('optPermissionDenied'));
      },
      () => setError(t('optPermissionDenied')),
    );
  };
  const saveSelectors = () => {
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const bad = lines.find((l) => selectorError(l, document) !== null);
    if (bad) {
      setError(t('optSelectorError', bad));
      return;
    }
    setError('');
    onChange(host, { ...site, selectors: lines });
  };
  const mode = site.auto === undefined ? 'default' : site.auto ? 'on' : 'off';
  const modeButton = (value: 'default' | 'on' | 'off', label: string, auto: boolean | undefined) => (
    <button
      type="button"
      data-testid={`site-auto-${value}`}
      aria-pressed={mode === value}
      class={mode === value ? 'seg on' : 'seg'}
      onClick={() => setAuto(auto)}
    >
      {label}
    </button>
  );
  return (
    <li class="site" data-testid="site-row" data-host={host}>
      <div class="site-head">
        <strong>{host}</strong>
        <fieldset class="segments" aria-label={t('optSiteAuto')} data-testid="site-auto" data-value={mode}>
          {modeButton('default', t('optSiteDefault'), undefined)}
          {modeButton('on', t('optOn'), true)}
          {modeButton('off', t('optOff'), false)}
        </fieldset>
        <button type="button" class="link" data-testid="site-remove" onClick={() => onRemove(host)}>
          {t('optRemove')}
        </button>
      </div>
      <details class="advanced" open={site.selectors.length > 0 || undefined}>
        <summary>{t('optAdvanced')}</summary>
        <p class="help">{t('optSelectorsHelp')}</p>
        <label class="block">
          {t('optSelectors')}
          <textarea
            data-testid="site-selectors"
            rows={3}
            spellcheck={false}
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
            onBlur={saveSelectors}
          />
        </label>
      </details>
      {error && (
        <p class="error" data-testid="selector-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/** A slider with its value in words beside it (no units for readers to decode). */
function Slider({
  label,
  testid,
  limits,
  step,
  value,
  readout,
  onChange,
}: {
  label: string;
  testid: string;
  limits: readonly [number, number];
  step: number;
  value: number;
  readout: string;
  onChange: (v: number) => void;
}) {
  return (
    <label class="slider">
      <span>{label}</span>
      <span class="slider-row">
        <input
          type="range"
          data-testid={testid}
          min={limits[0]}
          max={limits[1]}
          step={step}
          value={value}
          onInput={(e) => onChange(Number((e.currentTarget as HTMLInputElement).value))}
        />
        <output>{readout}</output>
      </span>
    </label>
  );
}

function OptionsPage() {
  const [opts, setOpts] = useState<Options | null>(null);
  const [saved, setSaved] = useState(0);
  const [newHost, setNewHost] = useState('');
  const [hostError, setHostError] = useState('');

  useEffect(() => {
    loadOptions().then(setOpts);
    const onChanged = (_c: unknown, area: string) => {
      if (area === 'sync') loadOptions().then(setOpts);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  if (!opts) return <main id="malgeun-options" data-ready="false" />;

  const save = async (patch: Partial<Options>) => {
    setOpts({ ...opts, ...patch });
    await saveOptions(patch);
    setSaved(Date.now());
  };
  const setReader = (change: Partial<ReaderPrefs>) => save({ reader: { ...opts.reader, ...change } });
  const setSite = async (host: string, s: SiteSettings) => {
    await save({ sites: { ...opts.sites, [host]: s } });
    await browser.runtime.sendMessage({ type: 'malgeun:sync-sites' }).catch(() => undefined);
    return true;
  };
  const removeSite = async (host: string) => {
    const sites = { ...opts.sites };
    delete sites[host];
    await save({ sites });
    if (!isKnownHost(host, knownPatterns())) {
      await browser.permissions.remove({ origins: [originFor(host)] }).catch(() => false);
    }
  };
  const addSite = (e: Event) => {
    e.preventDefault();
    const host = parseHost(newHost);
    if (!host) {
      setHostError(t('optHostError'));
      return;
    }
    setHostError('');
    setNewHost('');
    if (!opts.sites[host]) save({ sites: { ...opts.sites, [host]: { selectors: [] } } });
  };
  const hosts = Object.keys(opts.sites).sort();

  return (
    <main id="malgeun-options" data-ready="true">
      <h1>{t('optionsTitle')}</h1>

      <section>
        <h2>{t('optCleanup')}</h2>
        <label class="row">
          <input
            type="checkbox"
            data-testid="opt-auto-global"
            checked={opts.autoClean}
            onChange={(e) => save({ autoClean: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('optAutoGlobal')}
        </label>
        <p class="help">{t('optAutoGlobalHelp')}</p>
        <AllSites opts={opts} />
        <label class="row">
          {t('optToolbar')}
          <select
            data-testid="opt-toolbar-action"
            value={opts.toolbarAction}
            onChange={(e) =>
              save({
                toolbarAction: (e.currentTarget as HTMLSelectElement).value as Options['toolbarAction'],
              })
            }
          >
            <option value="popup">{t('optToolbarPopup')}</option>
            <option value="reader">{t('optToolbarReader')}</option>
          </select>
        </label>
        <p class="help">{t('optShortcut')}</p>
      </section>

      <section>
        <h2>{t('optReaderDefaults')}</h2>
        <div class="grid">
          <label>
            {t('readerTheme')}
            <select
              data-testid="opt-theme"
              value={opts.reader.theme}
              onChange={(e) =>
                setReader({ theme: (e.currentTarget as HTMLSelectElement).value as ReaderPrefs['theme'] })
              }
            >
              <option value="system">{t('themeSystem')}</option>
              <option value="light">{t('themeLight')}</option>
              <option value="sepia">{t('themeSepia')}</option>
              <option value="dark">{t('themeDark')}</option>
            </select>
          </label>
          <label>
            {t('readerFont')}
            <select
              data-testid="opt-font"
              value={opts.reader.font}
              onChange={(e) =>
                setReader({ font: (e.currentTarget as HTMLSelectElement).value as ReaderPrefs['font'] })
              }
            >
              <option value="sans">{t('fontSans')}</option>
              <option value="serif">{t('fontSerif')}</option>
            </select>
          </label>
          <Slider
            label={t('optSize')}
            testid="opt-size"
            limits={READER_LIMITS.size}
            step={1}
            value={opts.reader.size}
            readout={String(opts.reader.size)}
            onChange={(size) => setReader({ size })}
          />
          <Slider
            label={t('optWidth')}
            testid="opt-width"
            limits={READER_LIMITS.width}
            step={2}
            value={opts.reader.width}
            readout={t('readerLineChars', String(opts.reader.width))}
            onChange={(width) => setReader({ width })}
          />
          <label>
            {t('optLineHeight')}
            <select
              data-testid="opt-line-height"
              value={String(opts.reader.lineHeight)}
              onChange={(e) =>
                setReader({ lineHeight: Number((e.currentTarget as HTMLSelectElement).value) })
              }
            >
              <option value="1.5">{t('lhTight')}</option>
              <option value="1.8">{t('lhNormal')}</option>
              <option value="2.1">{t('lhLoose')}</option>
            </select>
          </label>
        </div>
        <p
          class="sample"
          style={`font-size:${opts.reader.size}px;line-height:${opts.reader.lineHeight}`}
          lang="ko"
        >
          {t('optSample')}
        </p>
      </section>

      <section>
        <h2>{t('optExport')}</h2>
        <label class="row">
          <input
            type="checkbox"
            data-testid="opt-front-matter"
            checked={opts.export.frontMatter}
            onChange={(e) =>
              save({ export: { ...opts.export, frontMatter: (e.currentTarget as HTMLInputElement).checked } })
            }
          />
          {t('optFrontMatter')}
        </label>
        <p class="help">{t('optFrontMatterHelp')}</p>
        <label class="row">
          {t('optImages')}
          <select
            data-testid="opt-images"
            value={opts.export.images}
            onChange={(e) =>
              save({
                export: {
                  ...opts.export,
                  images: (e.currentTarget as HTMLSelectElement).value as Options['export']['images'],
                },
              })
            }
          >
            <option value="inline">{t('optImagesInline')}</option>
            <option value="link">{t('optImagesLink')}</option>
            <option value="omit">{t('optImagesOmit')}</option>
          </select>
        </label>
      </section>

      <section>
        <h2>{t('optSites')}</h2>
        <p class="help">{t('optSitesHelp')}</p>
        <form class="row" onSubmit={addSite}>
          <input
            type="text"
            data-testid="site-add-host"
            placeholder={t('optSiteHost')}
            aria-label={t('optSiteHost')}
            value={newHost}
            onInput={(e) => setNewHost((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" data-testid="site-add">
            {t('optSiteAdd')}
          </button>
        </form>
        {hostError && (
          <p class="error" data-testid="host-error" role="alert">
            {hostError}
          </p>
        )}
        {hosts.length === 0 ? (
          <p class="help">{t('optNoSites')}</p>
        ) : (
          <ul class="sites">
            {hosts.map((h) => (
              <SiteRow key={h} host={h} site={opts.sites[h]} onChange={setSite} onRemove={removeSite} />
            ))}
          </ul>
        )}
      </section>

      <PickedBlocks
        sites={opts.sites}
        onRemove={(host, sel) => void removePickedSelector(host, sel).then(() => setSaved(Date.now()))}
      />

      <p class="saved" data-testid="saved" aria-live="polite" data-at={saved || undefined}>
        {saved ? t('optSaved') : ''}
      </p>
    </main>
  );
}

const app = document.getElementById('app');
if (app) {
  document.title = t('optionsTitle');
  render(<OptionsPage />, app);
}
