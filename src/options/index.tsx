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
} from '../shared/options';
import { AllSites } from './all-sites';
import { PickedBlocks } from './picked-blocks';
import { originFor, SiteRow } from './site-row';

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

/** A labelled drop-down whose value is saved as soon as it is picked. */
function Choice<V extends string>({
  label,
  testid,
  value,
  choices,
  onPick,
  row = false,
}: {
  label: string;
  testid: string;
  value: V;
  choices: readonly (readonly [V, string])[];
  onPick: (value: V) => void;
  row?: boolean;
}) {
  return (
    <label class={row ? 'row' : undefined}>
      {label}
      <select
        data-testid={testid}
        value={value}
        onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value as V)}
      >
        {choices.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A checkbox line whose state is saved as soon as it changes. */
function Check(props: { label: string; testid: string; checked: boolean; onToggle: (on: boolean) => void }) {
  return (
    <label class="row">
      <input
        type="checkbox"
        data-testid={props.testid}
        checked={props.checked}
        onChange={(e) => props.onToggle((e.currentTarget as HTMLInputElement).checked)}
      />
      {props.label}
    </label>
  );
}

type Save = (patch: Partial<Options>) => Promise<void>;

function CleanupSection({ opts, save }: { opts: Options; save: Save }) {
  return (
    <section>
      <h2>{t('optCleanup')}</h2>
      <Check
        label={t('optAutoGlobal')}
        testid="opt-auto-global"
        checked={opts.autoClean}
        onToggle={(autoClean) => save({ autoClean })}
      />
      <p class="help">{t('optAutoGlobalHelp')}</p>
      <AllSites opts={opts} />
      <Choice
        row
        label={t('optToolbar')}
        testid="opt-toolbar-action"
        value={opts.toolbarAction}
        choices={[
          ['popup', t('optToolbarPopup')],
          ['reader', t('optToolbarReader')],
        ]}
        onPick={(toolbarAction) => save({ toolbarAction })}
      />
      <p class="help">{t('optShortcut')}</p>
    </section>
  );
}

function ReaderSection({ reader, save }: { reader: ReaderPrefs; save: Save }) {
  const setReader = (change: Partial<ReaderPrefs>) => save({ reader: { ...reader, ...change } });
  return (
    <section>
      <h2>{t('optReaderDefaults')}</h2>
      <div class="grid">
        <Choice
          label={t('readerTheme')}
          testid="opt-theme"
          value={reader.theme}
          choices={[
            ['system', t('themeSystem')],
            ['light', t('themeLight')],
            ['sepia', t('themeSepia')],
            ['dark', t('themeDark')],
          ]}
          onPick={(theme) => setReader({ theme })}
        />
        <Choice
          label={t('readerFont')}
          testid="opt-font"
          value={reader.font}
          choices={[
            ['sans', t('fontSans')],
            ['serif', t('fontSerif')],
          ]}
          onPick={(font) => setReader({ font })}
        />
        <Slider
          label={t('optSize')}
          testid="opt-size"
          limits={READER_LIMITS.size}
          step={1}
          value={reader.size}
          readout={String(reader.size)}
          onChange={(size) => setReader({ size })}
        />
        <Slider
          label={t('optWidth')}
          testid="opt-width"
          limits={READER_LIMITS.width}
          step={2}
          value={reader.width}
          readout={t('readerLineChars', String(reader.width))}
          onChange={(width) => setReader({ width })}
        />
        <Choice
          label={t('optLineHeight')}
          testid="opt-line-height"
          value={String(reader.lineHeight)}
          choices={[
            ['1.5', t('lhTight')],
            ['1.8', t('lhNormal')],
            ['2.1', t('lhLoose')],
          ]}
          onPick={(lh) => setReader({ lineHeight: Number(lh) })}
        />
      </div>
      <p class="sample" style={`font-size:${reader.size}px;line-height:${reader.lineHeight}`} lang="ko">
        {t('optSample')}
      </p>
    </section>
  );
}

function ExportSection({ exp, save }: { exp: Options['export']; save: Save }) {
  return (
    <section>
      <h2>{t('optExport')}</h2>
      <Check
        label={t('optFrontMatter')}
        testid="opt-front-matter"
        checked={exp.frontMatter}
        onToggle={(frontMatter) => save({ export: { ...exp, frontMatter } })}
      />
      <p class="help">{t('optFrontMatterHelp')}</p>
      <Choice
        row
        label={t('optImages')}
        testid="opt-images"
        value={exp.images}
        choices={[
          ['inline', t('optImagesInline')],
          ['link', t('optImagesLink')],
          ['omit', t('optImagesOmit')],
        ]}
        onPick={(images) => save({ export: { ...exp, images } })}
      />
    </section>
  );
}

/** The per-site list: add a host, set each one's clean-up and selectors, remove it (and its permission). */
function SitesSection({ sites, save }: { sites: Options['sites']; save: Save }) {
  const [newHost, setNewHost] = useState('');
  const [hostError, setHostError] = useState('');
  const setSite = async (host: string, s: SiteSettings) => {
    await save({ sites: { ...sites, [host]: s } });
    await browser.runtime.sendMessage({ type: 'malgeun:sync-sites' }).catch(() => undefined);
    return true;
  };
  const removeSite = async (host: string) => {
    const rest = { ...sites };
    delete rest[host];
    await save({ sites: rest });
    if (!isKnownHost(host, knownPatterns())) {
      await browser.permissions.remove({ origins: [originFor(host)] }).catch(() => false);
    }
  };
  const addSite = (e: Event) => {
    e.preventDefault();
    const host = parseHost(newHost);
    setHostError(host ? '' : t('optHostError'));
    if (!host) return;
    setNewHost('');
    if (!sites[host]) save({ sites: { ...sites, [host]: { selectors: [] } } });
  };
  const hosts = Object.keys(sites).sort();
  return (
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
            <SiteRow key={h} host={h} site={sites[h]} onChange={setSite} onRemove={removeSite} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The options as stored, followed live (another tab, the popup), and a `save` that patches and stores them. */
function useOptions() {
  const [opts, setOpts] = useState<Options | null>(null);
  const [saved, setSaved] = useState(0);
  useEffect(() => {
    loadOptions().then(setOpts);
    const onChanged = (_c: unknown, area: string) => {
      if (area === 'sync') loadOptions().then(setOpts);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const save = async (patch: Partial<Options>) => {
    if (opts) setOpts({ ...opts, ...patch });
    await saveOptions(patch);
    setSaved(Date.now());
  };
  return { opts, saved, save, markSaved: () => setSaved(Date.now()) };
}

function OptionsPage() {
  const { opts, saved, save, markSaved } = useOptions();
  if (!opts) return <main id="malgeun-options" data-ready="false" />;
  return (
    <main id="malgeun-options" data-ready="true">
      <h1>{t('optionsTitle')}</h1>
      <CleanupSection opts={opts} save={save} />
      <ReaderSection reader={opts.reader} save={save} />
      <ExportSection exp={opts.export} save={save} />
      <SitesSection sites={opts.sites} save={save} />
      <PickedBlocks
        sites={opts.sites}
        onRemove={(host, sel) => void removePickedSelector(host, sel).then(markSaved)}
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
